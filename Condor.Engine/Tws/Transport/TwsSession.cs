using System.Net.Sockets;

namespace Condor.Engine.Tws.Transport;

/// <summary>One socket session of a <see cref="TwsConnection"/>: socket, framing, handshake result and its two loops.</summary>
internal sealed class TwsSession : IDisposable
{
    private readonly TcpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private Task _loops = Task.CompletedTask;

    public TwsSession(TcpClient client, FrameReader reader, FrameWriter writer, HandshakeResult handshake)
    {
        _client = client;
        Reader = reader;
        Writer = writer;
        Handshake = handshake;
    }

    public FrameReader Reader { get; }

    public FrameWriter Writer { get; }

    public HandshakeResult Handshake { get; }

    /// <summary>Cancelled when the session ends.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Set once, under the connection's lock, by whoever ends the session first.</summary>
    public bool Ended { get; set; }

    public void Start(Func<TwsSession, Task> readerLoop, Func<TwsSession, Task> writerLoop)
    {
        _loops = Task.WhenAll(Task.Run(() => readerLoop(this)), Task.Run(() => writerLoop(this)));
    }

    /// <summary>Stops both loops and closes the socket (idempotent).</summary>
    public void Abort()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // already disposed: nothing left to stop
        }

        _client.Dispose();
    }

    /// <summary>Completes when both loops have exited (they never fault: they catch and report).</summary>
    public Task Completion => _loops;

    public void Dispose()
    {
        _client.Dispose();
        Writer.Dispose();
        _stop.Dispose();
    }
}
