using Condor.Tests.Tws.Transport;
using Microsoft.Extensions.Logging;

namespace Condor.Tests.Tws.Client;

/// <summary>Hands out <see cref="ListLogger{T}"/>-style loggers that all record into one list.</summary>
internal sealed class ListLoggerFactory : ILoggerFactory
{
    private readonly ListLogger<ListLoggerFactory> _logger = new();

    public IReadOnlyList<(LogLevel Level, string Message)> Entries => _logger.Entries;

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public ILogger CreateLogger(string categoryName) => _logger;

    public void Dispose()
    {
    }
}
