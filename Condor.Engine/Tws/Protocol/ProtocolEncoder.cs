using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Wire;

namespace Condor.Engine.Tws.Protocol;

/// <summary>Field lists and whole frames for both directions (the transport sends field lists).</summary>
internal static class ProtocolEncoder
{
    /// <summary>Client side: the fields of a request.</summary>
    public static string[] Fields(ITwsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var writer = new FieldWriter();
        request.Write(writer);
        return writer.ToArray();
    }

    /// <summary>Gateway side: the fields of an incoming message.</summary>
    public static string[] Fields(IIncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var writer = new FieldWriter();
        message.Write(writer);
        return writer.ToArray();
    }

    public static byte[] EncodeFrame(ITwsRequest request) => Frame.Encode(Fields(request));

    public static byte[] EncodeFrame(IIncomingMessage message) => Frame.Encode(Fields(message));
}
