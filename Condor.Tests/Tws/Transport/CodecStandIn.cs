using System.Globalization;
using Condor.Engine.Tws.Transport;

namespace Condor.Tests.Tws.Transport;

/// <summary>
/// Plays the codec + dispatcher the client layer will have: reads <see cref="TwsConnection.Incoming"/>, decodes
/// the few hand-written layouts these tests use, and completes <see cref="PendingRequests"/> entries.
/// </summary>
internal sealed class CodecStandIn : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<GatewayErrorOutcome> _errorOutcomes = [];

    public CodecStandIn(TwsConnection connection, PendingRequests pending)
    {
        Pending = pending;
        connection.StateChanged += (_, change) =>
        {
            if (change.Current == ConnectionState.Lost)
            {
                pending.FailAll(new TwsConnectionLostException(change.Reason));
            }
        };
        _loop = Task.Run(() => RunAsync(connection, _stop.Token));
    }

    public PendingRequests Pending { get; }

    public IReadOnlyList<GatewayErrorOutcome> ErrorOutcomes
    {
        get
        {
            lock (_errorOutcomes)
            {
                return [.. _errorOutcomes];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }

    private static int Int(string field) => int.Parse(field, CultureInfo.InvariantCulture);

    private async Task RunAsync(TwsConnection connection, CancellationToken cancellationToken)
    {
        await foreach (var f in connection.Incoming.ReadAllAsync(cancellationToken))
        {
            switch (f[0])
            {
                case "49": // currentTime: 49, version, time
                    Pending.Complete(PendingRequests.UnnumberedKey(49), long.Parse(f[2], CultureInfo.InvariantCulture));
                    break;
                case "63": // accountSummary: 63, version, reqId, account, tag, value, currency
                    Pending.AddItem(Int(f[2]), f[4] + "=" + f[5]);
                    break;
                case "64": // accountSummaryEnd: 64, version, reqId
                    Pending.End(Int(f[2]));
                    break;
                case "3": // orderStatus: 3, orderId, status, ...
                    Pending.Complete(Int(f[1]), f[2]);
                    break;
                case "4": // error: 4, version, id, code, message, advancedOrderRejectJson
                    var outcome = Pending.OnGatewayError(Int(f[2]), Int(f[3]), f[4], f[5]);
                    lock (_errorOutcomes)
                    {
                        _errorOutcomes.Add(outcome);
                    }

                    break;
            }
        }
    }
}
