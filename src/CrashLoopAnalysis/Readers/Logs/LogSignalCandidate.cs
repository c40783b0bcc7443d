using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Logs.Signatures;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>A retained line that could be the decisive one: what it says, its facts and how strongly it says it.</summary>
/// <param name="Index">The position of the line among the retained lines.</param>
/// <param name="Line">The line.</param>
/// <param name="Kind">What it says happened.</param>
/// <param name="Specific">True when a catalogue signature (not just an error shape) names the kind.</param>
/// <param name="Facts">The facts found on the line itself.</param>
/// <param name="Score">How strongly it claims to be the cause.</param>
internal sealed record LogSignalCandidate(int Index, LogLine Line, LogSignalKind Kind, bool Specific, FactSet Facts, int Score);
