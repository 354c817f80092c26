using Condor.Engine.Tws.Protocol.Models;

namespace Condor.Engine.Tws.Protocol.Messages;

/// <summary>
/// contractDetails (no version field at 177). lastTradeDateOrContractMonth may carry a time after a space or
/// '-': the contract keeps the date, <see cref="ContractDetails.LastTradeTime"/> the rest.
/// </summary>
internal sealed record ContractDetailsMessage(int ReqId, ContractDetails ContractDetails) : IIncomingMessage
{
    public const int MessageId = 10;

    public static ContractDetailsMessage Read(FieldReader reader)
    {
        reader.Expect(MessageId);
        var reqId = reader.Int();
        var symbol = reader.Str();
        var secType = reader.Str();
        var lastTrade = reader.Str().Split([' ', '-'], 2, StringSplitOptions.RemoveEmptyEntries);
        var contract = new Contract
        {
            Symbol = symbol,
            SecType = secType,
            LastTradeDateOrContractMonth = lastTrade.Length > 0 ? lastTrade[0] : string.Empty,
            Strike = reader.Decimal(),
            Right = reader.Str(),
            Exchange = reader.Str(),
            Currency = reader.Str(),
            LocalSymbol = reader.Str(),
        };
        var marketName = reader.Str();
        contract = contract with { TradingClass = reader.Str(), ConId = reader.Int() };
        var details = new ContractDetails
        {
            MarketName = marketName,
            LastTradeTime = lastTrade.Length > 1 ? lastTrade[1] : string.Empty,
            MinTick = reader.Decimal(),
        };
        contract = contract with { Multiplier = reader.Str() };
        details = details with
        {
            OrderTypes = reader.Str(), ValidExchanges = reader.Str(), PriceMagnifier = reader.Int(),
            UnderConId = reader.Int(), LongName = reader.Str(),
        };
        contract = contract with { PrimaryExch = reader.Str() };
        details = details with
        {
            ContractMonth = reader.Str(), Industry = reader.Str(), Category = reader.Str(), Subcategory = reader.Str(),
            TimeZoneId = reader.Str(), TradingHours = reader.Str(), LiquidHours = reader.Str(),
        };
        reader.Skip(); // evRule
        reader.Double(); // evMultiplier
        reader.Skip(2 * ContractFields.ReadCount(reader, 2)); // secIdList tag/value pairs
        return new(reqId, details with
        {
            Contract = contract, AggGroup = reader.Int(), UnderSymbol = reader.Str(), UnderSecType = reader.Str(),
            MarketRuleIds = reader.Str(), RealExpirationDate = reader.Str(), StockType = reader.Str(),
            MinSize = reader.Size(), SizeIncrement = reader.Size(), SuggestedSizeIncrement = reader.Size(),
        });
    }

    public void Write(FieldWriter writer)
    {
        var d = ContractDetails;
        var c = d.Contract;
        var lastTrade = d.LastTradeTime.Length > 0 ? $"{c.LastTradeDateOrContractMonth} {d.LastTradeTime}" : c.LastTradeDateOrContractMonth;
        writer.Int(MessageId).Int(ReqId).Str(c.Symbol).Str(c.SecType).Str(lastTrade).Price(c.Strike).Str(c.Right)
            .Str(c.Exchange).Str(c.Currency).Str(c.LocalSymbol).Str(d.MarketName).Str(c.TradingClass).Int(c.ConId)
            .Price(d.MinTick).Str(c.Multiplier).Str(d.OrderTypes).Str(d.ValidExchanges).Int(d.PriceMagnifier)
            .Int(d.UnderConId).Str(d.LongName).Str(c.PrimaryExch).Str(d.ContractMonth).Str(d.Industry).Str(d.Category)
            .Str(d.Subcategory).Str(d.TimeZoneId).Str(d.TradingHours).Str(d.LiquidHours)
            .Str(string.Empty).Int(0).Int(0) // evRule, evMultiplier, secIdList count
            .Int(d.AggGroup).Str(d.UnderSymbol).Str(d.UnderSecType).Str(d.MarketRuleIds).Str(d.RealExpirationDate)
            .Str(d.StockType).Size(d.MinSize).Size(d.SizeIncrement).Size(d.SuggestedSizeIncrement);
    }
}
