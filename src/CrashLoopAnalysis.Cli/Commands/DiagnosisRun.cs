using CrashLoopAnalysis.Sources;
using Spectre.Console;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary>
/// Runs a diagnosis for the command line: Ctrl+C cancels it promptly, and when standard error is a terminal
/// a progress bar there shows how far reading and diagnosis have come (never on redirected output).
/// </summary>
internal static class DiagnosisRun
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(1);

    public static Diagnosis Run(DumpSource source, bool showProgress)
    {
        using var cancel = new CancellationTokenSource();
        var finished = 0;
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            if (cancel.IsCancellationRequested)
            {
                Cancelled();
            }

            cancel.Cancel();

            // A read blocked on a pipe or a slow standard input does not see the token: give the engine a moment
            // to stop on its own, then leave the way a cancelled run always leaves.
            _ = Task.Delay(GracePeriod).ContinueWith(
                _ =>
                {
                    if (Interlocked.CompareExchange(ref finished, 1, 0) == 0)
                    {
                        Cancelled();
                    }
                },
                TaskScheduler.Default);
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (!showProgress || Console.IsErrorRedirected)
            {
                return DiagnosisEngine.Default.Diagnose(source, null, cancel.Token);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            Diagnosis? result = null;
            console.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var read = context.AddTask("reading", maxValue: 1);
                    var diagnosed = context.AddTask("diagnosing", maxValue: 1);
                    var progress = new Inline<DiagnosisProgress>(p =>
                    {
                        if (p.BytesTotal is > 0 and var total)
                        {
                            read.MaxValue = total;
                            read.Value = Math.Min(p.BytesRead, total);
                        }

                        read.Description = $"reading ({p.EntriesRead:N0} files)";
                        if (p.PodsTotal > 0)
                        {
                            read.Value = read.MaxValue;
                            diagnosed.MaxValue = p.PodsTotal;
                            diagnosed.Value = p.PodsDiagnosed;
                            diagnosed.Description = $"diagnosing ({p.PodsDiagnosed:N0}/{p.PodsTotal:N0} pods)";
                        }
                    });
                    result = DiagnosisEngine.Default.Diagnose(source, progress, cancel.Token);
                });
            return result!;
        }
        catch (OperationCanceledException)
        {
            throw new UsageException("cancelled");
        }
        finally
        {
            Interlocked.Exchange(ref finished, 1);
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static void Cancelled()
    {
        Console.Error.WriteLine("crashloop: cancelled");
        Environment.Exit(2);
    }

    /// <summary>Reports on the calling thread (the engine's workers), unlike <see cref="Progress{T}"/>; Spectre's tasks are thread-safe.</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
