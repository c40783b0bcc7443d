using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>Signatures of a program that was started wrongly: missing settings, modules, bad files and flags.</summary>
internal static partial class ConfigurationSignatures
{
    public static IEnumerable<SignatureRule> Settings { get; } =
    [
        new(LogSignalKind.MissingEnvironmentVariable, ["KeyError: '", "environment variable", "is not set", "must be set", "required key", "missing", "env var", "is a required", "but not set"], MissingEnvironmentVariable),
        new(
            LogSignalKind.MissingModule,
            ["No module named", "Cannot find module", "Cannot find package", "cannot load such file", "Could not find or load main class",
             "ClassNotFoundException", "NoClassDefFoundError", "ERR_MODULE_NOT_FOUND", "Could not load file or assembly"],
            (text, facts) =>
            {
                if (RubyLoad().Match(text) is { Success: true } ruby && ruby.Groups["v"].Value.StartsWith('/'))
                {
                    facts.Add(LogFacts.Path, ruby.Groups["v"].Value);
                    return LogSignalKind.MissingFile;
                }

                foreach (var pattern in (ReadOnlySpan<Regex>)[PythonModule(), NodeModule(), RubyLoad(), JavaMainClass(), JavaClass(), DotnetAssembly()])
                {
                    if (facts.Add(LogFacts.Module, pattern, text))
                    {
                        break;
                    }
                }

                return LogSignalKind.MissingModule;
            }),
    ];

    public static IEnumerable<SignatureRule> Files { get; } =
    [
        SignatureRule.Of(
            LogSignalKind.ConfigurationParseError,
            ["yaml: ", "YAMLException", "ScannerError", "ParserError", "JSONDecodeError", "json: cannot unmarshal", "toml: ", "Error(\"",
             "not terminated by", "unknown directive", "invalid number of arguments", "missing terminating", "unexpected end of file, expecting"],
            (text, facts) =>
            {
                facts.Add(LogFacts.File, YamlFile(), text);
                facts.Add(LogFacts.File, ConfigFlag(), text);
                facts.Add(LogFacts.FileLine, YamlLine(), text);
                facts.Add(LogFacts.FileLine, SerdeLine(), text);
                AddFileAndLine(facts, text);
            }),
        new(LogSignalKind.ConfigurationParseError, ["[emerg]"], (text, facts) =>
            NginxLocation().IsMatch(text) ? AddFileAndLine(facts, text) : null),
        SignatureRule.Of(
            LogSignalKind.InvalidArgument,
            ["flag provided but not defined", "unknown flag", "unknown shorthand flag", "unrecognized arguments", "Unrecognized option", "unknown command"],
            (text, facts) => facts.Add(LogFacts.Flag, Flag(), text)),
        SignatureRule.Of(LogSignalKind.SystemLimit, ["vm.max_map_count", "max file descriptors", "is too low, increase to at least", "ulimit"]),
    ];

    /// <summary>Adds the file and line of an nginx (<c>in /etc/nginx/nginx.conf:4</c>) or PyYAML (<c>in "x", line 3</c>) location.</summary>
    public static LogSignalKind AddFileAndLine(FactSet facts, string text)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[NginxLocation(), PyYamlLocation()])
        {
            if (pattern.Match(text) is { Success: true } m && !facts.Has(LogFacts.File))
            {
                facts.Add(LogFacts.File, m.Groups["f"].Value);
                facts.Add(LogFacts.FileLine, m.Groups["n"].Value);
            }
        }

        return LogSignalKind.ConfigurationParseError;
    }

    private static LogSignalKind? MissingEnvironmentVariable(string text, FactSet facts)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[KeyError(), SetThe(), NamedVariable(), NotSet(), EnvConfig(), EnvVarNamed(), UsedNotSet()])
        {
            if (facts.Add(LogFacts.EnvironmentVariable, pattern, text))
            {
                return LogSignalKind.MissingEnvironmentVariable;
            }
        }

        var names = EnvMember().Matches(text).Select(m => m.Groups["v"].Value).Distinct().ToArray();
        if (names.Length > 0 && (text.Contains("missing", StringComparison.OrdinalIgnoreCase) || text.Contains("not set", StringComparison.OrdinalIgnoreCase)))
        {
            facts.Add(LogFacts.EnvironmentVariable, string.Join(',', names));
            return LogSignalKind.MissingEnvironmentVariable;
        }

        if (text.Contains("environment variable", StringComparison.OrdinalIgnoreCase) && UpperSnake().Match(text) is { Success: true } any)
        {
            facts.Add(LogFacts.EnvironmentVariable, any.Value);
            return LogSignalKind.MissingEnvironmentVariable;
        }

        return null;
    }

    [GeneratedRegex(@"KeyError: '(?<v>[A-Z][A-Z0-9_]*)'")]
    private static partial Regex KeyError();

    [GeneratedRegex(@"Set the (?<v>[A-Z][A-Z0-9_]*) environment variable")]
    private static partial Regex SetThe();

    [GeneratedRegex(@"environment variable [`'""]?(?<v>[A-Z][A-Z0-9_]*)[`'""]? (?:is not set|is not defined|is required|must be set|not found|is missing)", RegexOptions.IgnoreCase)]
    private static partial Regex NamedVariable();

    [GeneratedRegex(@"(?<![\w.])(?<v>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}) (?:is not set|must be set|is not defined|is required|is a required (?:variable|setting|environment variable))")]
    private static partial Regex NotSet();

    // kured/envconfig-style `Invalid value for env var named X`, `missing env var X`.
    [GeneratedRegex(@"(?:invalid|missing|empty|required|unset)\b[^.]{0,30}\benv(?:ironment)? var(?:iable)? (?:named |called )?[`'""]?(?<v>[A-Z][A-Z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex EnvVarNamed();

    // Fluent Bit and shells: `variable ${CLUSTER_NAME} is used but not set`, `$HOME: unbound variable` is not this.
    [GeneratedRegex(@"variable \$\{?(?<v>[A-Z][A-Z0-9_]*)\}? is used but not set")]
    private static partial Regex UsedNotSet();

    [GeneratedRegex(@"required key (?<v>[A-Z][A-Z0-9_]*) missing value")]
    private static partial Regex EnvConfig();

    [GeneratedRegex(@"\benv\.(?<v>[A-Z][A-Z0-9_]+)")]
    private static partial Regex EnvMember();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")]
    private static partial Regex UpperSnake();

    [GeneratedRegex(@"No module named '(?<v>[^']+)'")]
    private static partial Regex PythonModule();

    [GeneratedRegex(@"Cannot find (?:module|package) '(?<v>[^']+)'")]
    private static partial Regex NodeModule();

    [GeneratedRegex(@"cannot load such file -- (?<v>\S+)")]
    private static partial Regex RubyLoad();

    [GeneratedRegex(@"Could not find or load main class (?<v>\S+)")]
    private static partial Regex JavaMainClass();

    [GeneratedRegex(@"(?:ClassNotFoundException|NoClassDefFoundError): (?<v>[\w.$/]+)")]
    private static partial Regex JavaClass();

    [GeneratedRegex(@"Could not load file or assembly '(?<v>[^,']+)")]
    private static partial Regex DotnetAssembly();

    [GeneratedRegex(@"parsing YAML file (?<v>[^\s:]+)")]
    private static partial Regex YamlFile();

    [GeneratedRegex(@"config\.file=\\?""?(?<v>[^\s""\\)]+)")]
    private static partial Regex ConfigFlag();

    [GeneratedRegex(@"yaml: (?:unmarshal errors:(?:\\n|\s)+)?line (?<v>\d+)")]
    private static partial Regex YamlLine();

    [GeneratedRegex(@"line: (?<v>\d+), column: \d+")]
    private static partial Regex SerdeLine();

    [GeneratedRegex(@" in (?<f>/[^\s:]+):(?<n>\d+)\s*$")]
    private static partial Regex NginxLocation();

    [GeneratedRegex(@"in ""(?<f>[^""]+)"", line (?<n>\d+)")]
    private static partial Regex PyYamlLocation();

    [GeneratedRegex(@"(?:not defined|unknown flag|unknown shorthand flag|Unrecognized option|unrecognized arguments):? '?(?<v>-{1,2}[\w.-]+)")]
    private static partial Regex Flag();
}
