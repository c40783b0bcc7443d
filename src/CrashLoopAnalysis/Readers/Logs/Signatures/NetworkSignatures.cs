using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>Signatures of a dependency that cannot be reached, resolved, trusted or logged in to.</summary>
internal static partial class NetworkSignatures
{
    public static IEnumerable<SignatureRule> Rules { get; } =
    [
        new(LogSignalKind.Error, ["bind() to "], (text, facts) =>
        {
            // nginx: `bind() to 0.0.0.0:53 failed (98: Address already in use)`; any other errno is not a port clash.
            Endpoint.AddTo(facts, text);
            return text.Contains("already in use", StringComparison.OrdinalIgnoreCase) ? LogSignalKind.AddressInUse : LogSignalKind.Error;
        }),
        SignatureRule.Of(LogSignalKind.AddressInUse, ["EADDRINUSE", "already in use", "Address in use", "may already be in use"], (text, facts) => Endpoint.AddTo(facts, text)),
        SignatureRule.Of(
            LogSignalKind.DnsFailure,
            ["no such host", "Name or service not known", "Temporary failure in name resolution", "Name does not resolve",
             "UnknownHostException", "host not found", "could not translate host name", "ENOTFOUND", "EAI_AGAIN",
             "nodename nor servname", "Could not resolve host", "getaddrinfo failed"],
            (text, facts) =>
            {
                foreach (var pattern in (ReadOnlySpan<Regex>)[GoLookup(), Libpq(), JavaUnknownHost(), Upstream(), NodeNotFound(), CurlResolve()])
                {
                    if (facts.Add(LogFacts.Host, pattern, text))
                    {
                        break;
                    }
                }

                if (facts.Get(LogFacts.Host) is { } host)
                {
                    Endpoint.AddPortOf(facts, host, text);
                }
            }),
        SignatureRule.Of(
            LogSignalKind.ConnectionRefused,
            ["connection refused", "ECONNREFUSED", "Errno 111"],
            (text, facts) => Endpoint.AddTo(facts, text)),
        SignatureRule.Of(
            LogSignalKind.NetworkUnreachable,
            ["no route to host", "network is unreachable", "EHOSTUNREACH", "ENETUNREACH"],
            (text, facts) => Endpoint.AddTo(facts, text)),
        new(
            LogSignalKind.Timeout,
            ["i/o timeout", "timed out", "deadline exceeded", "ETIMEDOUT", "Errno 110", "SocketTimeoutException",
             "ConnectTimeoutError", "TimeoutException", "TimeoutError", "handshake timeout", "selection timeout", "Timeout expired"],
            (text, facts) =>
            {
                // controller-runtime's informers give up waiting for their caches when the manager stops: an
                // effect of the exit, not a dependency that did not answer.
                if (text.Contains("waiting for cache", StringComparison.OrdinalIgnoreCase) || text.Contains("caches to sync", StringComparison.Ordinal))
                {
                    return null;
                }

                Endpoint.AddTo(facts, text);
                return LogSignalKind.Timeout;
            }),
        SignatureRule.Of(
            LogSignalKind.TlsError,
            ["x509:", "PKIX path building failed", "certificate verify failed", "SSLHandshakeException",
             "unable to verify the first certificate", "self signed certificate", "self-signed certificate",
             "certificate has expired", "SSL routines", "unable to get local issuer certificate", "tls: "],
            (text, facts) => Endpoint.AddTo(facts, text)),
        SignatureRule.Of(
            LogSignalKind.AuthenticationFailure,
            ["password authentication failed", "Access denied for user", "NOAUTH", "WRONGPASS", "Authentication failed",
             "AuthenticationFailed", "SaslAuthenticationException", "SaslAuthenticationFailed", "invalid username-password", "Login failed for user",
             "invalid password", "authentication required"],
            (text, facts) =>
            {
                facts.Add(LogFacts.User, User(), text);
                Endpoint.AddTo(facts, text);
            }),
    ];

    [GeneratedRegex(@"lookup (?<v>[^\s:]+?)(?: on [^\s:]+:\d+)?: (?:no such host|server misbehaving|i/o timeout)")]
    private static partial Regex GoLookup();

    [GeneratedRegex(@"could not translate host name ""(?<v>[^""]+)""")]
    private static partial Regex Libpq();

    [GeneratedRegex(@"UnknownHostException: (?<v>[^\s:;,]+)")]
    private static partial Regex JavaUnknownHost();

    [GeneratedRegex(@"host not found in upstream ""(?<v>[^""]+?)(?::\d+)?""")]
    private static partial Regex Upstream();

    [GeneratedRegex(@"(?:ENOTFOUND|EAI_AGAIN) (?<v>[\w.-]+)")]
    private static partial Regex NodeNotFound();

    [GeneratedRegex(@"Could not resolve host:? (?<v>[\w.-]+)")]
    private static partial Regex CurlResolve();

    [GeneratedRegex(@"for user [""'](?<v>[^""']+)[""']")]
    private static partial Regex User();
}
