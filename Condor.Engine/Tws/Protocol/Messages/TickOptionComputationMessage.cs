namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// tickOptionComputation (no version field at 177): IV and greeks from IB's model (tick 13) or from
/// bid/ask/last (10/11/12). "Not computed" (-1 for IV, prices, dividend; -2 for greeks) is null, never a number.
/// </summary>
internal sealed record TickOptionComputationMessage(
    int TickerId,
    int TickType,
    int TickAttrib,
    double? ImpliedVolatility,
    double? Delta,
    double? OptPrice,
    double? PvDividend,
    double? Gamma,
    double? Vega,
    double? Theta,
    double? UndPrice) : IIncomingMessage
{
    public const int MessageId = 21;

    private const double NotComputedValue = -1;

    private const double NotComputedGreek = -2;

    public static TickOptionComputationMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        return new(
            reader.Int(),
            reader.Int(),
            reader.Int(),
            Computed(reader.Double(), NotComputedValue),
            Computed(reader.Double(), NotComputedGreek),
            Computed(reader.Double(), NotComputedValue),
            Computed(reader.Double(), NotComputedValue),
            Computed(reader.Double(), NotComputedGreek),
            Computed(reader.Double(), NotComputedGreek),
            Computed(reader.Double(), NotComputedGreek),
            Computed(reader.Double(), NotComputedValue));
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(TickerId).Int(TickType).Int(TickAttrib)
            .Double(ImpliedVolatility ?? NotComputedValue).Double(Delta ?? NotComputedGreek)
            .Double(OptPrice ?? NotComputedValue).Double(PvDividend ?? NotComputedValue)
            .Double(Gamma ?? NotComputedGreek).Double(Vega ?? NotComputedGreek)
            .Double(Theta ?? NotComputedGreek).Double(UndPrice ?? NotComputedValue);

    private static double? Computed(double? value, double notComputed) => value == notComputed ? null : value;
}
