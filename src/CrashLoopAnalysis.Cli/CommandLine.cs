using System.CommandLine;

namespace CrashLoopAnalysis.Cli;

/// <summary>Runs the command line with the contract's exit codes: 2 and one short line when it cannot run.</summary>
internal static class CommandLine
{
    public const int CannotRun = 2;

    public static int Run(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            var message = result.Errors[0].Message.Split('\n')[0].Trim();
            Console.Error.WriteLine($"crashloop: {message} (see crashloop --help)");
            return CannotRun;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            Console.Error.WriteLine($"crashloop: {ex.Message}");
            return CannotRun;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"crashloop: {ex.Message}");
            return CannotRun;
        }
        catch (UnauthorizedAccessException ex)
        {
            Console.Error.WriteLine($"crashloop: {ex.Message}");
            return CannotRun;
        }
    }
}

/// <summary>The command cannot run as asked (no such path, bad value): exit 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
