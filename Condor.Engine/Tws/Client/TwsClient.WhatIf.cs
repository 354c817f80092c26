using System.Collections.Concurrent;
using System.Globalization;
using Condor.Engine.Tws.Protocol.Models;
using Condor.Engine.Tws.Protocol.Requests;
using Condor.Engine.Tws.Transport;

namespace Condor.Engine.Tws.Client;

/// <summary>whatIf: the margin and commission impact of an order, nothing placed.</summary>
internal sealed partial class TwsClient
{
    /// <summary>whatIf requests in flight by their order id: their openOrder answers them and is not an order event.</summary>
    private readonly ConcurrentDictionary<int, WhatIfWait> _whatIfs = new();

    /// <summary>
    /// placeOrder with whatIf. IB may first answer with unset margins and then with the real ones: the answer is
    /// the first whose margin changes are set. Only the request timeout or a definite error (a code the classifier
    /// knows to fail an order) gives "no margin answer" (<see cref="WhatIfAnswer.HasMargins"/> false, with the last
    /// answer seen). Unset margins are null, never invented. The account guard applies (Experiment sends none).
    /// </summary>
    public async Task<WhatIfAnswer> WhatIfAsync(Contract contract, Order order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(order);
        var guarded = WithGuardedAccount(order);
        var orderId = await AllocateOrderIdAsync(cancellationToken).ConfigureAwait(false);
        var wait = new WhatIfWait();
        _whatIfs[orderId] = wait;
        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _timeProvider);
        using var giveUp = timeout.Token.Register(() => wait.Fail(
            string.Create(CultureInfo.InvariantCulture, $"no whatIf answer with margins within {_settings.RequestTimeout.TotalSeconds} s"), null));
        try
        {
            var request = new PlaceOrderRequest(orderId, contract, guarded with { OrderId = orderId, WhatIf = true });
            try
            {
                await SendAsync(request, orderId, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TwsConnectionLostException or TwsRequestTimeoutException)
            {
                wait.Fail("the whatIf was not sent: " + ex.Message, null);
            }

            return await wait.Answer.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _whatIfs.TryRemove(orderId, out _);
        }
    }
}
