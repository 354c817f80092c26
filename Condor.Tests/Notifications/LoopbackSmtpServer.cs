using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Condor.Tests.Notifications;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (RFC 5321's EHLO/MAIL/RCPT/DATA/QUIT, no TLS, no AUTH) that keeps each
/// message's envelope and data; <see cref="FailWith"/> makes it refuse the MAIL command.
/// </summary>
internal sealed class LoopbackSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;

    public LoopbackSmtpServer()
    {
        _listener.Start();
        _accept = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string? FailWith { get; set; }

    public List<(string From, string To, string Data)> Messages { get; } = [];

    public int Connections { get; private set; }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Connections++;
                await ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException or IOException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 loopback ESMTP");
        string from = "", to = "";
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var verb = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                case "HELO":
                    await writer.WriteLineAsync("250 loopback");
                    break;
                case "MAIL" when FailWith is not null:
                    await writer.WriteLineAsync(FailWith);
                    break;
                case "MAIL":
                    from = line;
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to = line;
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with .");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                    {
                        data.Append(dataLine).Append('\n');
                    }

                    Messages.Add((from, to, data.ToString()));
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _accept.GetAwaiter().GetResult();
        _stop.Dispose();
    }
}
