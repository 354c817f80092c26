namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// error (version 2): request / order id (-1 for connection-wide), IB code, text and the advanced order-reject
/// JSON (empty when none). <c>\uXXXX</c> escapes are unescaped. Classification lives in the transport.
/// </summary>
internal sealed record ErrorMessage(int Id, int ErrorCode, string ErrorMsg, string AdvancedOrderRejectJson) : IIncomingMessage
{
    public const int MessageId = 4;

    public static ErrorMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(2);
        return new(reader.Int(), reader.Int(), TwsText.Unescape(reader.Str()), TwsText.Unescape(reader.Str()));
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(2).Int(Id).Int(ErrorCode).Str(TwsText.Escape(ErrorMsg)).Str(TwsText.Escape(AdvancedOrderRejectJson));
}
