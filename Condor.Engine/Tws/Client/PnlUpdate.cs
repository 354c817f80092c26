namespace Condor.Engine.Tws.Client;

/// <summary>One pnl message of a <see cref="TwsClient.SubscribePnLAsync"/> subscription; null = unset by the gateway.</summary>
internal sealed record PnlUpdate(int ReqId, decimal? DailyPnL, decimal? UnrealizedPnL, decimal? RealizedPnL, DateTimeOffset ReceivedAt);
