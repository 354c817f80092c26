namespace Condor.Engine.Tws.Protocol.Models;

/// <summary>The tickPrice attribute bit mask: 1 canAutoExecute, 2 pastLimit, 4 preOpen.</summary>
internal sealed record TickAttrib(bool CanAutoExecute, bool PastLimit, bool PreOpen)
{
    public static TickAttrib FromMask(int mask) => new((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);

    public int ToMask() => (CanAutoExecute ? 1 : 0) | (PastLimit ? 2 : 0) | (PreOpen ? 4 : 0);
}
