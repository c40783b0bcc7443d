namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>What kind of line a retained line is, as far as choosing the decisive line goes.</summary>
internal enum LineShape
{
    /// <summary>An ordinary line.</summary>
    Plain,
    /// <summary>An exception header (<c>Type: message</c>, <c>Caused by:</c>, <c>Unhandled exception.</c>).</summary>
    ExceptionHeader,
    /// <summary>A Go or Rust panic or a fatal runtime error.</summary>
    Panic,
    /// <summary>A stack frame or a runtime's trace scaffolding (<c>at ...</c>, <c>File "..."</c>, <c>goroutine 1</c>).</summary>
    Frame,
    /// <summary>Wrapper and shutdown noise that is never the cause (<c>npm ERR!</c>, <c>exited with code 1</c>).</summary>
    Noise,
    /// <summary>A header whose message is on the next line (Rust 1.73+ <c>panicked at file:line:col:</c>).</summary>
    HeaderBeforeMessage,
}
