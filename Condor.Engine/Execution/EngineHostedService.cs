using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Condor.Engine.Execution;

/// <summary>
/// Runs the app's one <see cref="TradingEngine"/> for the host's lifetime. Start-up waits for the engine's first
/// connection attempt (connected or not; the engine keeps trying in the background), so that what starts after it
/// (the web app, an external simulator's clock check) sees the connection as it is. The engine is resolved when the
/// host starts, after the journal has been opened.
/// </summary>
internal sealed class EngineHostedService(IServiceProvider services) : BackgroundService
{
    private readonly TaskCompletionSource<TradingEngine> _engine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
        var engine = await _engine.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await engine.FirstConnectAttempt.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TradingEngine engine;
        try
        {
            engine = services.GetRequiredService<TradingEngine>();
        }
        catch (Exception e)
        {
            _engine.TrySetException(e);
            throw;
        }

        _engine.TrySetResult(engine);
        await engine.RunAsync(stoppingToken).ConfigureAwait(false);
    }
}
