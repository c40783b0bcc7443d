namespace CrashLoopAnalysis.Detectors.Dependency;

/// <summary>The findings of the dependency category (CLA13xx): a service the application needs at start-up.</summary>
internal static class DependencyDescriptors
{
    public static readonly FindingDescriptor ConnectionRefused = FindingDescriptor.Create(
        "CLA1301", "A service the application needs refuses its connection", FailureCategory.Dependency, Severity.Error,
        "The application exits because it cannot connect to a database, cache, broker or API it needs at start-up (`connection refused`, `ECONNREFUSED`): nothing listens at that address yet, the dependency is down, or the address points at the wrong place (`localhost` inside a container is the container itself).",
        ["Check the dependency's pods and endpoints: `kubectl get endpoints <service>`.", "Check the address the application uses (its env vars) against the Service's name and port."],
        ["Start or fix the dependency first; make the application retry with back-off, or wait for it in an init container.", "If the address is `localhost`/`127.0.0.1`, point it at the Service name instead."]);

    public static readonly FindingDescriptor NameNotResolved = FindingDescriptor.Create(
        "CLA1302", "The application cannot resolve the name of a service it needs", FailureCategory.Dependency, Severity.Error,
        "DNS lookup of the dependency's host fails (`no such host`, `UnknownHostException`, `could not translate host name`): the Service does not exist (in that namespace), the name is misspelt, or cluster DNS is failing.",
        ["`kubectl get svc -A | grep <name>`, and a lookup from a debug pod: `kubectl run -it --rm dns --image=busybox -- nslookup <host>`."],
        ["Create the Service or fix the host name (use `<service>.<namespace>.svc` across namespaces); if every lookup fails, check CoreDNS."]);

    public static readonly FindingDescriptor ConnectionTimedOut = FindingDescriptor.Create(
        "CLA1303", "Connections to a service the application needs time out", FailureCategory.Dependency, Severity.Error,
        "The application gives up because a dependency does not answer (`i/o timeout`, `connect timed out`, `context deadline exceeded`): a NetworkPolicy or firewall drops the traffic, the node cannot reach the address (e.g. the API server's ClusterIP when the CNI or kube-proxy is broken), or the dependency is overloaded.",
        ["From a debug pod on the same node, try the address: `nc -vz <host> <port>`.", "Check NetworkPolicies in the namespace and kube-proxy/CNI pods on the node."],
        ["Allow the traffic (NetworkPolicy, security groups), fix the node's networking, or fix the address."]);

    public static readonly FindingDescriptor AuthenticationRejected = FindingDescriptor.Create(
        "CLA1304", "A service the application needs rejects its credentials", FailureCategory.Dependency, Severity.Error,
        "The dependency answers but refuses the application's credentials (`password authentication failed`, `Access denied for user`, `NOAUTH`, SASL failures): the Secret holds a wrong or stale password, or the user does not exist on the dependency.",
        ["Compare the credentials in the Secret the pod uses with the dependency's users."],
        ["Fix the Secret's value (or the dependency's user) and restart the pod."]);
}
