using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>One request the stub answered, with the exact bytes it sent back.</summary>
internal sealed record ServedRequest(string Method, string PathAndQuery, int Status, string Route, byte[] Body);

/// <summary>
/// A stub Kubernetes API server on 127.0.0.1 (ephemeral port, plain HTTP, no auth) serving a
/// <see cref="ClusterModel"/>: legacy discovery, and GET/LIST of pods, nodes, PVCs, events and node leases
/// with the field selectors kubectl's describers send. Anything else is answered with a 404 Status and
/// marked unhandled so the recorder can fail loudly.
/// </summary>
internal sealed class StubApiServer : IDisposable
{
    private readonly ClusterModel _cluster;
    private readonly HttpListener _listener = new();
    private readonly List<ServedRequest> _log = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _cts = new();
    private Task? _loop;

    public StubApiServer(ClusterModel cluster)
    {
        _cluster = cluster;
    }

    public int Port { get; private set; }

    public ClusterModel Cluster => _cluster;

    public string BaseUrl => "http://127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Start()
    {
        for (int attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            try
            {
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
                _listener.Start();
                Port = port;
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                // The port was taken between probe and bind: try another.
            }
        }

        _loop = Task.Run(AcceptLoop);
    }

    /// <summary>Takes and clears the log of requests answered so far.</summary>
    public List<ServedRequest> TakeLog()
    {
        lock (_lock)
        {
            var copy = _log.ToList();
            _log.Clear();
            return copy;
        }
    }

    private async Task AcceptLoop()
    {
        while (!_cts.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception) when (_cts.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }

            _ = Task.Run(() => Handle(ctx));
        }
    }

    private void Handle(HttpListenerContext ctx)
    {
        string rawUrl = ctx.Request.RawUrl ?? "/";
        string method = ctx.Request.HttpMethod;
        int status;
        string route;
        JsonNode body;
        try
        {
            (status, route, body) = Route(method, rawUrl);
            if (route == "event-list" && (ctx.Request.Headers["Accept"] ?? string.Empty).Contains("as=Table", StringComparison.Ordinal))
            {
                // kubectl get asks for the server-side table.
                (route, body) = ("event-table", EventTable.Of((JsonObject)body, DateTimeOffset.UtcNow));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            (status, route, body) = (500, "error", StatusObject(500, "InternalError", ex.Message, null, null));
        }

        byte[] bytes = Json.Serialize(body);
        lock (_lock)
        {
            _log.Add(new ServedRequest(method, rawUrl, status, route, bytes));
        }

        try
        {
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = "application/json";
            ctx.Response.Headers["Cache-Control"] = "no-cache, private";
            ctx.Response.ContentLength64 = bytes.Length;
            ctx.Response.OutputStream.Write(bytes);
            ctx.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The client went away.
        }
        catch (IOException)
        {
            // Likewise.
        }
    }

    // ----------------------------------------------------------------------------------------------------
    // Routing

    private (int Status, string Route, JsonNode Body) Route(string method, string rawUrl)
    {
        int q = rawUrl.IndexOf('?', StringComparison.Ordinal);
        string path = q >= 0 ? rawUrl[..q] : rawUrl;
        var query = ParseQuery(q >= 0 ? rawUrl[(q + 1)..] : string.Empty);
        string[] seg = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

        if (method != "GET")
        {
            return (405, "unhandled", StatusObject(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", null, null));
        }

        switch (seg)
        {
            case ["api"]:
                return (200, "discovery", new JsonObject
                {
                    ["kind"] = "APIVersions",
                    ["versions"] = Json.Strings(["v1"]),
                    ["serverAddressByClientCIDRs"] = new JsonArray(new JsonObject { ["clientCIDR"] = "0.0.0.0/0", ["serverAddress"] = "127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture) }),
                });
            case ["apis"]:
                return (200, "discovery", new JsonObject
                {
                    ["kind"] = "APIGroupList",
                    ["apiVersion"] = "v1",
                    ["groups"] = new JsonArray(new JsonObject
                    {
                        ["name"] = "coordination.k8s.io",
                        ["versions"] = new JsonArray(new JsonObject { ["groupVersion"] = "coordination.k8s.io/v1", ["version"] = "v1" }),
                        ["preferredVersion"] = new JsonObject { ["groupVersion"] = "coordination.k8s.io/v1", ["version"] = "v1" },
                    }),
                });
            case ["api", "v1"]:
                return (200, "discovery", CoreResources());
            case ["apis", "coordination.k8s.io", "v1"]:
                return (200, "discovery", new JsonObject
                {
                    ["kind"] = "APIResourceList",
                    ["apiVersion"] = "v1",
                    ["groupVersion"] = "coordination.k8s.io/v1",
                    ["resources"] = new JsonArray(Resource("leases", "lease", true, "Lease", [])),
                });
            case ["version"]:
                return (200, "discovery", new JsonObject
                {
                    ["major"] = "1",
                    ["minor"] = "32",
                    ["gitVersion"] = "v1.32.0-stub",
                    ["gitCommit"] = "0000000000000000000000000000000000000000",
                    ["gitTreeState"] = "clean",
                    ["buildDate"] = "2025-01-01T00:00:00Z",
                    ["goVersion"] = "go1.23.0",
                    ["compiler"] = "gc",
                    ["platform"] = "linux/amd64",
                });

            // Pods.
            case ["api", "v1", "namespaces", var ns, "pods", var name]:
                {
                    var pod = _cluster.Pods.FirstOrDefault(p => p.Namespace == ns && p.Name == name);
                    return pod is null ? NotFound("pods", string.Empty, name) : (200, "pod", pod.Json);
                }

            case ["api", "v1", "namespaces", var ns, "pods"]:
                return (200, "pod-list", List("PodList", _cluster.Pods.Where(p => p.Namespace == ns).Select(p => p.Json).Where(p => Matches(p, query, PodField))));
            case ["api", "v1", "pods"]:
                return (200, "pod-list", List("PodList", _cluster.Pods.Select(p => p.Json).Where(p => Matches(p, query, PodField))));

            // Nodes and their leases.
            case ["api", "v1", "nodes", var name]:
                {
                    var node = _cluster.Nodes.FirstOrDefault(n => n.Name == name);
                    return node is null ? NotFound("nodes", string.Empty, name) : (200, "node", node.Json);
                }

            case ["api", "v1", "nodes"]:
                return (200, "node-list", List("NodeList", _cluster.Nodes.Select(n => n.Json)));
            case ["apis", "coordination.k8s.io", "v1", "namespaces", "kube-node-lease", "leases", var name]:
                {
                    var node = _cluster.Nodes.FirstOrDefault(n => n.Name == name);
                    return node?.Lease is null ? (404, "lease", NotFound("leases", "coordination.k8s.io", name).Body) : (200, "lease", node.Lease);
                }

            // PVCs.
            case ["api", "v1", "namespaces", var ns, "persistentvolumeclaims", var name]:
                {
                    var pvc = _cluster.Pvcs.FirstOrDefault(p => p.Namespace == ns && p.Name == name);
                    return pvc is null ? NotFound("persistentvolumeclaims", string.Empty, name) : (200, "pvc", pvc.Json);
                }

            case ["api", "v1", "namespaces", var ns, "persistentvolumeclaims"]:
                return (200, "pvc-list", List("PersistentVolumeClaimList", _cluster.Pvcs.Where(p => p.Namespace == ns).Select(p => p.Json)));

            // Events.
            case ["api", "v1", "namespaces", var ns, "events"]:
                return (200, "event-list", List("EventList", _cluster.AllEvents().Where(e => Json.Str(e, "metadata.namespace") == ns).Where(e => Matches(e, query, EventField))));
            case ["api", "v1", "events"]:
                return (200, "event-list", List("EventList", _cluster.AllEvents().Where(e => Matches(e, query, EventField))));
        }

        var nf = NotFound(string.Empty, string.Empty, path);
        return (404, "unhandled", nf.Body);
    }

    private static (int, string, JsonNode Body) NotFound(string resource, string group, string name)
    {
        string qualified = group.Length > 0 ? resource + "." + group : resource;
        string message = resource.Length > 0 ? qualified + " \"" + name + "\" not found" : "the server could not find the requested resource";
        return (404, resource.Length > 0 ? "not-found" : "unhandled", StatusObject(404, "NotFound", message, resource.Length > 0 ? name : null, resource.Length > 0 ? (group, resource) : null));
    }

    private static JsonObject StatusObject(int code, string reason, string message, string? name, (string Group, string Kind)? details)
    {
        var s = new JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
        };
        if (details is { } d)
        {
            var det = new JsonObject { ["name"] = name };
            if (d.Group.Length > 0)
            {
                det["group"] = d.Group;
            }

            det["kind"] = d.Kind;
            s["details"] = det;
        }

        s["code"] = code;
        return s;
    }

    private static JsonObject List(string kind, IEnumerable<JsonObject> items)
    {
        var arr = new JsonArray();
        // The API server lists in storage-key order: by namespace, then by name.
        var sorted = items.OrderBy(i => Json.Str(i, "metadata.namespace"), StringComparer.Ordinal).ThenBy(i => Json.Str(i, "metadata.name"), StringComparer.Ordinal);
        foreach (var i in sorted)
        {
            // List items carry no kind/apiVersion, as the API server sends them.
            var copy = (JsonObject)i.DeepClone();
            copy.Remove("kind");
            copy.Remove("apiVersion");
            arr.Add(copy);
        }

        return new JsonObject
        {
            ["kind"] = kind,
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = "123456789" },
            ["items"] = arr,
        };
    }

    private static JsonObject CoreResources()
    {
        var resources = new JsonArray(
            Resource("events", "event", true, "Event", ["ev"]),
            Resource("namespaces", "namespace", false, "Namespace", ["ns"]),
            Resource("nodes", "node", false, "Node", ["no"]),
            Resource("persistentvolumeclaims", "persistentvolumeclaim", true, "PersistentVolumeClaim", ["pvc"]),
            Resource("pods", "pod", true, "Pod", ["po"]));
        return new JsonObject
        {
            ["kind"] = "APIResourceList",
            ["groupVersion"] = "v1",
            ["resources"] = resources,
        };
    }

    private static JsonObject Resource(string name, string singular, bool namespaced, string kind, string[] shortNames)
    {
        var r = new JsonObject
        {
            ["name"] = name,
            ["singularName"] = singular,
            ["namespaced"] = namespaced,
            ["kind"] = kind,
            ["verbs"] = Json.Strings(["get", "list", "watch"]),
        };
        if (shortNames.Length > 0)
        {
            r["shortNames"] = Json.Strings(shortNames);
        }

        return r;
    }

    // ----------------------------------------------------------------------------------------------------
    // Field selectors, as k8s.io/apimachinery/pkg/fields writes them: terms joined by ',', operators
    // '=', '==' and '!=', values escaped with '\' before '\', ',' and '='.

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            string k = Uri.UnescapeDataString((eq >= 0 ? part[..eq] : part).Replace('+', ' '));
            string v = eq >= 0 ? Uri.UnescapeDataString(part[(eq + 1)..].Replace('+', ' ')) : string.Empty;
            d[k] = v;
        }

        return d;
    }

    private static List<(string Field, bool Equal, string Value)> ParseFieldSelector(string selector)
    {
        var terms = new List<(string, bool, string)>();
        foreach (var term in SplitUnescaped(selector, ','))
        {
            if (term.Length == 0)
            {
                continue;
            }

            int i = IndexUnescaped(term, "!=");
            bool equal = i < 0;
            int opLen = 2;
            if (equal)
            {
                i = IndexUnescaped(term, "==");
                if (i < 0)
                {
                    i = IndexUnescaped(term, "=");
                    opLen = 1;
                }
            }

            if (i < 0)
            {
                throw new FormatException("invalid field selector term: " + term);
            }

            terms.Add((term[..i], equal, Unescape(term[(i + opLen)..])));
        }

        return terms;
    }

    private static List<string> SplitUnescaped(string s, char sep)
    {
        var parts = new List<string>();
        var cur = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                cur.Append(s[i]).Append(s[i + 1]);
                i++;
            }
            else if (s[i] == sep)
            {
                parts.Add(cur.ToString());
                cur.Clear();
            }
            else
            {
                cur.Append(s[i]);
            }
        }

        parts.Add(cur.ToString());
        return parts;
    }

    private static int IndexUnescaped(string s, string op)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\')
            {
                i++;
                continue;
            }

            if (string.CompareOrdinal(s, i, op, 0, op.Length) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
            }

            sb.Append(s[i]);
        }

        return sb.ToString();
    }

    private static bool Matches(JsonObject obj, Dictionary<string, string> query, Func<JsonObject, string, string> field)
    {
        if (!query.TryGetValue("fieldSelector", out var selector) || selector.Length == 0)
        {
            return true;
        }

        foreach (var (f, equal, value) in ParseFieldSelector(selector))
        {
            bool same = field(obj, f) == value;
            if (same != equal)
            {
                return false;
            }
        }

        return true;
    }

    private static string PodField(JsonObject pod, string field) => field switch
    {
        "metadata.name" or "metadata.namespace" or "spec.nodeName" or "status.phase" or "spec.restartPolicy" or "spec.schedulerName" or "spec.serviceAccountName" or "status.podIP" or "status.nominatedNodeName" => Json.Str(pod, field),
        _ => throw new FormatException("field label not supported: " + field),
    };

    private static string EventField(JsonObject ev, string field) => field switch
    {
        "involvedObject.kind" or "involvedObject.namespace" or "involvedObject.name" or "involvedObject.uid" or "involvedObject.apiVersion"
            or "involvedObject.resourceVersion" or "involvedObject.fieldPath" or "reason" or "reportingComponent" or "source" or "type"
            or "metadata.name" or "metadata.namespace" => field == "source" ? Json.Str(ev, "source.component") : Json.Str(ev, field),
        _ => throw new FormatException("field label not supported: " + field),
    };

    public void Dispose()
    {
        _cts.Cancel();
        try
        {
            _listener.Stop();
            _listener.Close();
        }
        catch (ObjectDisposedException)
        {
        }

        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }

        _cts.Dispose();
    }
}
