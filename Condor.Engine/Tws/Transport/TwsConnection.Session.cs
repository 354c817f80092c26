using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Condor.Engine.Tws.Transport;

/// <summary>Opening a session and its reader / writer loops.</summary>
internal sealed partial class TwsConnection
{
    private async Task ConnectOnceAsync(CancellationToken cancellationToken)
    {
        SetState(ConnectionState.Connecting, "connecting to " + Describe(_settings));
        OrderIds.BeginSession();
        Refusal = null;
        var client = new TcpClient { NoDelay = true };
        using var timeout = new CancellationTokenSource(_settings.ConnectTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        TwsSession session;
        try
        {
            EnableKeepAlive(client.Client);
            await client.ConnectAsync(_settings.Host, _settings.Port, linked.Token).ConfigureAwait(false);
            var stream = client.GetStream();
            var reader = new FrameReader(stream);
            var writer = new FrameWriter(stream);
            var handshake = await ClientHandshake.RunAsync(reader, writer, _settings.ClientId, linked.Token)
                .ConfigureAwait(false);
            session = new TwsSession(client, reader, writer, handshake);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            var message = "Connecting to " + Describe(_settings) + " timed out after "
                + _settings.ConnectTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s.";
            SetState(ConnectionState.Disconnected, message);
            throw new TimeoutException(message);
        }
        catch (Exception ex)
        {
            client.Dispose();
            SetState(ConnectionState.Disconnected, "connect to " + Describe(_settings) + " failed: " + ex.Message);
            throw;
        }

        lock (_lock)
        {
            _session = session;
        }

        SetState(
            ConnectionState.Connected,
            string.Create(
                CultureInfo.InvariantCulture,
                $"connected to {Describe(_settings)}, server version {session.Handshake.ServerVersion}, gateway time {session.Handshake.ConnectionTime}"));
        session.Start(ReaderLoopAsync, WriterLoopAsync);
    }

    private async Task ReaderLoopAsync(TwsSession session)
    {
        var token = session.Token;
        try
        {
            while (true)
            {
                var fields = await session.Reader.ReadFieldsAsync(token).ConfigureAwait(false);
                if (fields is null)
                {
                    TransportLog.ConnectionLost(_logger, "the gateway closed the connection", null);
                    EndSession(session, ConnectionState.Lost, "the gateway closed the connection");
                    return;
                }

                ObserveNextValidId(fields);
                ObserveRefusal(fields);
                await _incoming.Writer.WriteAsync(fields, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // the session was ended elsewhere
        }
        catch (TwsProtocolException ex)
        {
            TransportLog.ProtocolViolation(_logger, ex.Message);
            EndSession(session, ConnectionState.Lost, "protocol violation: " + ex.Message);
        }
#pragma warning disable CA1031 // the loop must end in a state change, never in an unobserved fault
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (!token.IsCancellationRequested)
            {
                TransportLog.ConnectionLost(_logger, "read failed: " + ex.Message, ex);
            }

            EndSession(session, ConnectionState.Lost, "read failed: " + ex.Message);
        }
    }

    private async Task WriterLoopAsync(TwsSession session)
    {
        var token = session.Token;
        while (!token.IsCancellationRequested)
        {
            PacedMessage message;
            try
            {
                message = await _pacer.DequeueAsync(token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await session.Writer.WriteRawAsync(message.Frame, token).ConfigureAwait(false);
                message.MarkSent();
            }
#pragma warning disable CA1031 // any write failure ends the session; the message's task carries the cause
            catch (Exception ex)
#pragma warning restore CA1031
            {
                message.Fail(new TwsConnectionLostException("The TWS connection failed while sending: " + ex.Message, ex));
                if (!token.IsCancellationRequested)
                {
                    TransportLog.ConnectionLost(_logger, "write failed: " + ex.Message, ex);
                }

                EndSession(session, ConnectionState.Lost, "write failed: " + ex.Message);
                return;
            }
        }
    }

    private void ObserveNextValidId(string[] fields)
    {
        if (fields.Length >= 3
            && fields[0] == HandshakeProtocol.NextValidIdMessageId
            && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var nextValidId))
        {
            OrderIds.Observe(nextValidId);
        }
    }

    /// <summary>A connection-wide error (id -1) whose code ends the connection attempt (326): kept for the client, in frame order.</summary>
    private void ObserveRefusal(string[] fields)
    {
        if (fields.Length >= 5
            && fields[0] == HandshakeProtocol.ErrorMessageId
            && fields[2] == "-1"
            && int.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            && TwsErrorClassifier.EndsConnectionAttempt(code))
        {
            Refusal = new GatewayRefusal(code, fields[4]);
        }
    }

    private static void EnableKeepAlive(Socket socket)
    {
        // Detects a half-open socket (gateway host gone without FIN) within about a minute. Best effort:
        // a platform without these options still connects (the client layer's heartbeat request remains).
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.KeepAlive, true);
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveTime, 30);
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveInterval, 5);
            socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.TcpKeepAliveRetryCount, 6);
        }
        catch (Exception ex) when (ex is SocketException or PlatformNotSupportedException)
        {
            // keep-alive tuning unavailable here
        }
    }
}
