using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>commissionReport (version 1): commission and realized P/L of one execution (bond yield not modelled).</summary>
internal sealed record CommissionReportMessage(CommissionReport CommissionReport) : IIncomingMessage
{
    public const int MessageId = 59;

    public static CommissionReportMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        reader.Expect(1);
        var report = new CommissionReport
        {
            ExecId = reader.Str(),
            Commission = reader.Price(),
            Currency = reader.Str(),
            RealizedPnl = reader.Price(),
        };
        reader.Double(); // yield
        reader.Int(); // yieldRedemptionDate
        return new(report);
    }

    public void Write(FieldWriter writer) =>
        writer.Int(MessageId).Int(1).Str(CommissionReport.ExecId).PriceOrGatewayMax(CommissionReport.Commission)
            .Str(CommissionReport.Currency).PriceOrGatewayMax(CommissionReport.RealizedPnl)
            .Str(WireText.GatewayDoubleMax).Int(0); // yield, yieldRedemptionDate
}
