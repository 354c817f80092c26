namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// A gateway → client message. Each implementation has a static <c>Read(FieldReader)</c> (Condor's client
/// side) and <see cref="Write"/> (the simulator's side) of the same layout, in the same file.
/// </summary>
internal interface IIncomingMessage
{
    /// <summary>Writes every field, message id first.</summary>
    void Write(FieldWriter writer);
}
