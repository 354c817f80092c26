using Condor.Web.Security;

namespace Condor.Web.Cli;

/// <summary>
/// <c>hash-password</c>: reads the owner's password from standard input (one line) and prints the hash
/// to put in <c>Condor:Web:PasswordHash</c>. The password itself is never printed.
/// </summary>
internal static class HashPasswordCommand
{
    public const int MinimumLength = 8;

    public static int Run(TextReader input, TextWriter output, TextWriter error)
    {
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            error.Write("Password (input hidden): ");
            input = new StringReader(ReadHidden());
            error.WriteLine();
        }

        var password = input.ReadLine();
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            error.WriteLine($"hash-password: the password must have at least {MinimumLength} characters (read one line from standard input).");
            return 2;
        }

        output.WriteLine(PasswordHasher.Hash(password));
        error.WriteLine("Put this value in Condor:Web:PasswordHash (or the environment variable Condor__Web__PasswordHash).");
        return 0;
    }

    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                return new string([.. chars]);
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
    }
}
