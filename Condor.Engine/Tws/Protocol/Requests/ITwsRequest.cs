using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol.Requests;

/// <summary>
/// A client → gateway message. Each implementation writes its layout with <see cref="Write"/> and has a
/// static <c>Read(FieldReader)</c> in the same file that reads the same layout (the simulator's side).
/// </summary>
internal interface ITwsRequest
{
    /// <summary>Where the message queues under pacing.</summary>
    MessagePriority Priority { get; }

    /// <summary>Writes every field, message id first.</summary>
    void Write(FieldWriter writer);
}
