using CrashLoopAnalysis.Fuzzing;
using SharpFuzz;

// crashloop-fuzz TARGET: json, yaml, log or any (see README, "Fuzzing"). AFL++ feeds each input on standard input;
// an exception that escapes a reader is reported by AFL++ as a crash, a run past its -t limit as a hang.
var target = args.Length > 0 ? args[0] : "any";
if (!FuzzTargets.Names.Contains(target))
{
    Console.Error.WriteLine($"crashloop-fuzz: unknown target '{target}' (one of: {string.Join(", ", FuzzTargets.Names)})");
    return 2;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTargets.Run(target, buffer.ToArray());
});
return 0;
