using Condor.Engine.Tws.Protocol.Messages;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Where the book's messages go: never blocks (sessions queue what they are given).</summary>
internal interface IGatewayOutbox
{
    /// <summary>To the connected session(s) of this client id; dropped when none is connected.</summary>
    void ToClient(int clientId, IIncomingMessage message);

    /// <summary>To every session that asked for position updates (reqPositions).</summary>
    void ToPositionSubscribers(IIncomingMessage message);

    /// <summary>To every connected session.</summary>
    void ToAll(IIncomingMessage message);
}
