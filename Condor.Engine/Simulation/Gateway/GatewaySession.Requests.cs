using Condor.Engine.Strategy;
using Condor.Engine.Tws.Protocol.Messages;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;

namespace Condor.Engine.Simulation.Gateway;

/// <summary>Answers to each request type; a scenario <see cref="RequestError"/> replaces the answer with an error.</summary>
internal sealed partial class GatewaySession
{
    private void Handle(ITwsRequest request)
    {
        var (name, id) = Describe(request);
        if (_gateway.Faults.Next(name) is { } fault)
        {
            var errorId = fault.Code is 1100 or 1101 or 1102 ? -1 : id;
            Send(OrderWire.Error(errorId, fault.Code, fault.Message ?? RequestFaults.DefaultMessage(fault.Code)));
            return;
        }

        var now = _gateway.Clock.GetUtcNow();
        switch (request)
        {
            case ReqIdsRequest:
                Send(new NextValidIdMessage(_gateway.NextOrderId));
                break;
            case ReqCurrentTimeRequest:
                Send(new CurrentTimeMessage(now.ToUnixTimeSeconds()));
                break;
            case ReqContractDetailsRequest r:
                ContractDetails(r);
                break;
            case ReqSecDefOptParamsRequest r:
                SecDefOptParams(r);
                break;
            case ReqMktDataRequest r:
                MarketData(r, now);
                break;
            case ReqMarketDataTypeRequest r:
                _marketDataType = r.MarketDataType is >= 1 and <= 4 ? r.MarketDataType : 1;
                break;
            case CancelMktDataRequest r:
                lock (_subscriptionsGate)
                {
                    _subscriptions.Remove(r.TickerId);
                }

                break;
            case PlaceOrderRequest r:
                _gateway.ReserveOrderId(r.OrderId);
                _gateway.Book.Place(ClientId, r, now);
                _gateway.WakeTicks();
                break;
            case CancelOrderRequest r:
                _gateway.Book.Cancel(ClientId, r.OrderId, now);
                break;
            case ReqGlobalCancelRequest:
                _gateway.Book.CancelAll(now);
                break;
            case ReqOpenOrdersRequest:
                OpenOrders(o => o.ClientId == ClientId);
                break;
            case ReqAutoOpenOrdersRequest when ClientId != 0:
                // IB: reqAutoOpenOrders "can only be used with client ID 0" (EClient docs); the code and text of the
                // refusal are the simulator's choice (321, request validation), not a recorded IB answer.
                Send(OrderWire.Error(-1, 321, "Error validating request:-'bd' : cause - reqAutoOpenOrders is only for client id 0"));
                break;
            case ReqAutoOpenOrdersRequest:
                break; // client 0: future manual TWS orders would be bound; the simulator has no TWS window
            
            case ReqAllOpenOrdersRequest:
                OpenOrders(_ => true);
                break;
            case ReqCompletedOrdersRequest:
                foreach (var order in _gateway.Book.Orders(o => !o.IsWorking))
                {
                    Send(OrderWire.Completed(order, _gateway.Settings.Account));
                }

                Send(new CompletedOrdersEndMessage());
                break;
            case ReqExecutionsRequest r:
                foreach (var (exec, commission) in _gateway.Book.Executions(r.Filter, now))
                {
                    Send(exec with { ReqId = r.ReqId });
                    if (commission is not null)
                    {
                        Send(new CommissionReportMessage(commission));
                    }
                }

                Send(new ExecDetailsEndMessage(r.ReqId));
                break;
            case ReqPositionsRequest:
                _positionsSubscribed = true;
                foreach (var position in _gateway.Book.Positions())
                {
                    Send(position);
                }

                Send(new PositionEndMessage());
                break;
            case CancelPositionsRequest:
                _positionsSubscribed = false;
                break;
            case ReqAccountSummaryRequest r:
                AccountSummary(r.ReqId, now);
                break;
            case ReqPnLRequest r:
                var account = _gateway.Market.AccountAt(now);
                Send(new PnlMessage(r.ReqId, account.NetLiquidation - _gateway.Market.Options.Account.StartingCash, null, null));
                break;
            default:
                break; // startApi again, cancels of one-shot answers: nothing to answer
        }
    }

    private void OpenOrders(Func<BookOrder, bool> filter)
    {
        foreach (var order in _gateway.Book.Orders(o => o.IsWorking && filter(o)))
        {
            Send(OrderWire.Open(order, _gateway.Settings.Account));
            Send(OrderWire.Status(order));
        }

        Send(new OpenOrderEndMessage());
    }

    private void AccountSummary(int reqId, DateTimeOffset now)
    {
        var a = _gateway.Market.AccountAt(now);
        var account = _gateway.Settings.Account;
        foreach (var (tag, value) in new[]
        {
            ("NetLiquidation", a.NetLiquidation), ("TotalCashValue", a.Cash), ("InitMarginReq", a.InitialMargin),
            ("MaintMarginReq", a.MaintenanceMargin), ("AvailableFunds", a.AvailableFunds), ("BuyingPower", a.AvailableFunds * 4),
            ("ExcessLiquidity", a.ExcessLiquidity),
        })
        {
            Send(new AccountSummaryMessage(reqId, account, tag, Math.Round(value, 2).ToString(System.Globalization.CultureInfo.InvariantCulture), "USD"));
        }

        Send(new AccountSummaryEndMessage(reqId));
    }

    private static (string Name, int Id) Describe(ITwsRequest request) => request switch
    {
        StartApiRequest => ("startApi", -1),
        ReqIdsRequest => ("reqIds", -1),
        ReqCurrentTimeRequest => ("reqCurrentTime", -1),
        ReqMarketDataTypeRequest => ("reqMarketDataType", -1),
        ReqContractDetailsRequest r => ("reqContractDetails", r.ReqId),
        ReqSecDefOptParamsRequest r => ("reqSecDefOptParams", r.ReqId),
        ReqMktDataRequest r => ("reqMktData", r.TickerId),
        CancelMktDataRequest r => ("cancelMktData", r.TickerId),
        PlaceOrderRequest r => ("placeOrder", r.OrderId),
        CancelOrderRequest r => ("cancelOrder", r.OrderId),
        ReqGlobalCancelRequest => ("reqGlobalCancel", -1),
        ReqPositionsRequest => ("reqPositions", -1),
        CancelPositionsRequest => ("cancelPositions", -1),
        ReqOpenOrdersRequest => ("reqOpenOrders", -1),
        ReqAllOpenOrdersRequest => ("reqAllOpenOrders", -1),
        ReqAutoOpenOrdersRequest => ("reqAutoOpenOrders", -1),
        ReqCompletedOrdersRequest => ("reqCompletedOrders", -1),
        ReqExecutionsRequest r => ("reqExecutions", r.ReqId),
        ReqAccountSummaryRequest r => ("reqAccountSummary", r.ReqId),
        ReqPnLRequest r => ("reqPnL", r.ReqId),
        CancelAccountSummaryRequest r => ("cancelAccountSummary", r.ReqId),
        CancelPnLRequest r => ("cancelPnL", r.ReqId),
        _ => (request.GetType().Name, -1),
    };
}
