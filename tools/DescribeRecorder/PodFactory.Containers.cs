using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>Container specs: command, ports, env, resources, probes, mounts.</summary>
internal sealed partial class PodFactory
{
    private static readonly string[][] Commands =
    [
        ["/app/server"],
        ["/bin/sh", "-c", "echo starting && exec /app/run --port=8080"],
        ["python", "-m", "app"],
        ["java", "-XX:MaxRAMPercentage=75.0", "-jar", "/app.jar"],
        ["/bin/bash", "-c", "set -euo pipefail\nuntil nc -z postgres 5432; do\n  echo waiting for db\n  sleep 2\ndone\nexec ./migrate up\n"],
        ["node", "--max-old-space-size=512", "dist/index.js"],
        [""],
        ["/usr/bin/env", "FOO=bar baz", "--flag='quoted value'", "$(POD_NAME)", "tab\there", "ünïcödé ✓", "   leading spaces", "trailing spaces   "],
        ["sh", "-c", "trap 'exit 0' TERM; while true; do date; sleep 5; done"],
        ["dotnet", "Acme.Api.dll"],
        ["/entrypoint.sh", "", "--"],
    ];

    private static readonly string[][] ArgsList =
    [
        ["--port=8080"],
        ["--config", "/etc/app/config.yaml", "--log-level=debug"],
        ["-c", "echo \"hello world\" > /tmp/x; cat /tmp/x\nsleep 3600"],
        ["serve", "--grpc-port=9090", "--http-port=8080", "--enable-feature=a,b,c"],
        [""],
        ["--json={\"a\": 1, \"b\": [true, null]}", "--empty=", "--eq=a=b=c"],
        ["line one\nline two\n\nline four after a blank line"],
        ["-Dspring.profiles.active=prod", "-Xms256m", "-Xmx512m"],
        ["--v=2", "--kubeconfig=/etc/kubernetes/kubelet.conf"],
    ];

    private JsonObject ContainerSpec(string name, string role, string app)
    {
        var c = new JsonObject
        {
            ["name"] = name,
            ["image"] = role == "init" && _r.Chance(0.5) ? _r.Pick("busybox:1.36", "alpine:3.19", "registry.example.com/tools/wait-for:2.2") : _r.Pick(Catalog.Images),
        };

        if (_r.Chance(0.55))
        {
            c["command"] = Json.Strings(_r.Pick(Commands));
        }

        if (_r.Chance(0.45))
        {
            c["args"] = Json.Strings(_r.Pick(ArgsList));
        }

        if (_r.Chance(0.1))
        {
            c["workingDir"] = _r.Pick("/app", "/workspace", "/");
        }

        var ports = Ports(role);
        if (ports.Count > 0)
        {
            c["ports"] = ports;
        }

        var envFrom = EnvFrom();
        if (envFrom.Count > 0)
        {
            c["envFrom"] = envFrom;
        }

        var env = Env(app, name);
        if (env.Count > 0)
        {
            c["env"] = env;
        }

        c["resources"] = Resources();

        var mounts = VolumeMounts();
        if (mounts.Count > 0)
        {
            c["volumeMounts"] = mounts;
        }

        if (_r.Chance(0.03))
        {
            c["volumeDevices"] = new JsonArray(new JsonObject { ["name"] = "raw-block", ["devicePath"] = "/dev/xvda" });
        }

        if (role is "main" or "extra" or "sidecar")
        {
            if (_r.Chance(0.55))
            {
                c["livenessProbe"] = Probe(ports);
            }

            if (_r.Chance(0.55))
            {
                c["readinessProbe"] = Probe(ports);
            }

            if (_r.Chance(0.2))
            {
                c["startupProbe"] = Probe(ports);
            }
        }

        if (_r.Chance(0.1))
        {
            c["lifecycle"] = new JsonObject
            {
                ["preStop"] = new JsonObject { ["exec"] = new JsonObject { ["command"] = Json.Strings(["/bin/sh", "-c", "sleep 15"]) } },
            };
        }

        c["terminationMessagePath"] = _r.Chance(0.95) ? "/dev/termination-log" : "/tmp/termination";
        c["terminationMessagePolicy"] = _r.Chance(0.8) ? "File" : "FallbackToLogsOnError";
        c["imagePullPolicy"] = _r.Weighted<string>([("IfNotPresent", 0.6), ("Always", 0.35), ("Never", 0.05)]);

        if (_r.Chance(0.45))
        {
            c["securityContext"] = ContainerSecurityContext();
        }

        if (_r.Chance(0.03))
        {
            c["stdin"] = true;
            c["tty"] = true;
        }

        return c;
    }

    private JsonObject EphemeralSpec(string name, JsonObject target)
    {
        var c = new JsonObject
        {
            ["name"] = name,
            ["image"] = _r.Pick("busybox:1.36", "nicolaka/netshoot:v0.12", "registry.example.com/debug/toolbox:latest"),
        };
        if (_r.Chance(0.5))
        {
            c["command"] = Json.Strings(_r.Pick<string[]>(["sh"], ["/bin/bash", "-l"], ["sleep", "infinity"]));
        }

        c["resources"] = new JsonObject();
        c["terminationMessagePath"] = "/dev/termination-log";
        c["terminationMessagePolicy"] = "File";
        c["imagePullPolicy"] = "IfNotPresent";
        c["stdin"] = true;
        c["tty"] = true;
        c["targetContainerName"] = target["name"]!.GetValue<string>();
        return c;
    }

    private JsonArray Ports(string role)
    {
        var a = new JsonArray();
        int n = _r.Weighted<int>([(0, 0.35), (1, 0.4), (2, 0.15), (3, 0.07), (4, 0.03)]);
        var used = new HashSet<int>();
        var names = new HashSet<string>();
        for (int i = 0; i < n; i++)
        {
            int port = _r.Pick(80, 443, 8080, 8443, 9090, 9091, 15090, 53, 6379, 5432, 3000, 50051, 2112, 36000);
            if (!used.Add(port))
            {
                continue;
            }

            string proto = port == 53 ? _r.Pick("UDP", "TCP") : _r.Weighted<string>([("TCP", 0.85), ("UDP", 0.1), ("SCTP", 0.05)]);
            var p = new JsonObject();
            if (_r.Chance(0.7))
            {
                string pname = _r.Pick("http", "https", "grpc", "metrics", "http-admin", "dns", "dns-tcp", "health", "p" + port.ToString(CultureInfo.InvariantCulture));
                if (names.Add(pname))
                {
                    p["name"] = pname;
                }
            }

            if (role != "init" && _r.Chance(0.12))
            {
                p["hostPort"] = _r.Chance(0.5) ? port : _r.Int(30000, 32767);
            }

            p["containerPort"] = port;
            p["protocol"] = proto;
            a.Add(p);
        }

        return a;
    }

    private JsonArray EnvFrom()
    {
        var a = new JsonArray();
        int n = _r.Weighted<int>([(0, 0.75), (1, 0.15), (2, 0.07), (3, 0.03)]);
        for (int i = 0; i < n; i++)
        {
            bool secret = _r.Chance(0.5);
            var reference = new JsonObject { ["name"] = secret ? _r.Pick("app-secrets", "db-credentials", "api-keys") : _r.Pick("app-config", "feature-flags", "common-env") };
            if (_r.Chance(0.35))
            {
                reference["optional"] = _r.Chance(0.5);
            }

            var e = new JsonObject();
            if (_r.Chance(0.35))
            {
                e["prefix"] = _r.Pick("APP_", "DB_", "X", "CONFIG_");
            }

            e[secret ? "secretRef" : "configMapRef"] = reference;
            a.Add(e);
        }

        return a;
    }

    private JsonArray Env(string app, string containerName)
    {
        var a = new JsonArray();
        int n = _r.Weighted<int>([(0, 0.35), (1, 0.15), (3, 0.25), (6, 0.17), (12, 0.08)]);
        var names = new HashSet<string>();
        for (int i = 0; i < n; i++)
        {
            int kind = _r.Int(0, 14);
            string name = kind switch
            {
                0 or 1 or 2 => _r.Pick("LOG_LEVEL", "PORT", "GOMAXPROCS", "JAVA_OPTS", "NODE_ENV", "FEATURE_X", "A", "x_lower_case", "SPRING_PROFILES_ACTIVE"),
                3 => _r.Pick("EMPTY", "UNSET_BUT_DECLARED"),
                4 => _r.Pick("MULTILINE_CONFIG", "CERT_PEM", "SCRIPT"),
                5 => _r.Pick("DB_PASSWORD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY"),
                6 => _r.Pick("REDIS_URL", "CONFIG_VALUE", "LOG_FORMAT"),
                7 or 8 => _r.Pick("POD_NAME", "POD_NAMESPACE", "POD_IP", "NODE_NAME", "POD_UID", "SERVICE_ACCOUNT", "HOST_IP", "APP_LABEL", "POD_IPS"),
                9 or 10 => _r.Pick("CPU_LIMIT", "MEM_LIMIT", "CPU_REQUEST", "MEM_REQUEST", "EPHEMERAL_LIMIT"),
                11 => "WEIRD_VALUE",
                12 => "URL_WITH_EQUALS",
                _ => "OTEL_RESOURCE_ATTRIBUTES",
            };
            if (!names.Add(name))
            {
                continue;
            }

            var e = new JsonObject { ["name"] = name };
            switch (kind)
            {
                case 0 or 1 or 2:
                    e["value"] = _r.Pick("info", "8080", "2", "-Xmx512m -XX:+UseG1GC", "production", "true", "1", "0.5");
                    break;
                case 3:
                    if (_r.Chance(0.3))
                    {
                        e["value"] = string.Empty;
                    }

                    break;
                case 4:
                    e["value"] = _r.Pick(
                        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0lOVEVTVA==\n-----END CERTIFICATE-----\n",
                        "key1: value1\nkey2: value2\nnested:\n  key3: value3",
                        "#!/bin/sh\necho one\necho two");
                    break;
                case 5:
                    var sk = new JsonObject { ["name"] = _r.Pick("db-credentials", "api-keys", app + "-secret"), ["key"] = _r.Pick("password", "token", "aws_secret_access_key", "key.with.dots") };
                    if (_r.Chance(0.4))
                    {
                        sk["optional"] = _r.Chance(0.5);
                    }

                    e["valueFrom"] = new JsonObject { ["secretKeyRef"] = sk };
                    break;
                case 6:
                    var ck = new JsonObject { ["name"] = _r.Pick("app-config", "redis-config", app + "-cm"), ["key"] = _r.Pick("redis_url", "value", "log-format") };
                    if (_r.Chance(0.5))
                    {
                        ck["optional"] = _r.Chance(0.5);
                    }

                    e["valueFrom"] = new JsonObject { ["configMapKeyRef"] = ck };
                    break;
                case 7 or 8:
                    string path = name switch
                    {
                        "POD_NAME" => "metadata.name",
                        "POD_NAMESPACE" => "metadata.namespace",
                        "POD_IP" => "status.podIP",
                        "POD_IPS" => "status.podIPs",
                        "NODE_NAME" => "spec.nodeName",
                        "POD_UID" => "metadata.uid",
                        "SERVICE_ACCOUNT" => "spec.serviceAccountName",
                        "HOST_IP" => "status.hostIP",
                        _ => "metadata.labels['app']",
                    };
                    e["valueFrom"] = new JsonObject { ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = path } };
                    break;
                case 9 or 10:
                    string res = name switch
                    {
                        "CPU_LIMIT" => "limits.cpu",
                        "MEM_LIMIT" => "limits.memory",
                        "CPU_REQUEST" => "requests.cpu",
                        "MEM_REQUEST" => "requests.memory",
                        _ => "limits.ephemeral-storage",
                    };
                    var rf = new JsonObject();
                    if (_r.Chance(0.3))
                    {
                        rf["containerName"] = containerName;
                    }

                    rf["resource"] = res;
                    rf["divisor"] = res.Contains("cpu", StringComparison.Ordinal) ? _r.Pick("0", "1m", "1") : _r.Pick("0", "1Mi", "1Ki", "1");
                    e["valueFrom"] = new JsonObject { ["resourceFieldRef"] = rf };
                    break;
                case 11:
                    e["value"] = _r.Pick("  spaces around  ", "quote \" and backslash \\", "ünïcödé ✓ 日本語", "a\tb", "$(POD_NAME).svc");
                    break;
                case 12:
                    e["value"] = "postgres://user:p%40ss@db:5432/app?sslmode=require&x=a=b";
                    break;
                default:
                    e["value"] = "service.name=" + app + ",deployment.environment=prod";
                    break;
            }

            a.Add(e);
        }

        return a;
    }

    private static readonly Dictionary<string, string[]> Quantities = new(StringComparer.Ordinal)
    {
        ["cpu"] = ["100m", "250m", "500m", "1", "2", "0.5", "1.5", "0.1", "50m", "4", "1000m", "2500m", "0.25", "12", "3m", "1200m", "0.001", "10m"],
        ["memory"] = ["128Mi", "256Mi", "512Mi", "1Gi", "2Gi", "1.5Gi", "64Mi", "100M", "1G", "134217728", "129e6", "500000Ki", "4096Mi", "0.5Gi", "32Gi", "750Mi", "1e9", "268435456", "20Mi", "1000Mi"],
        ["ephemeral-storage"] = ["1Gi", "2Gi", "500Mi", "10G", "100Mi", "5368709120"],
        ["hugepages-2Mi"] = ["2Mi", "100Mi", "1Gi", "512Mi"],
        ["hugepages-1Gi"] = ["1Gi", "2Gi"],
        ["nvidia.com/gpu"] = ["1", "2", "4", "8"],
        ["example.com/foo"] = ["1", "3"],
    };

    private static decimal ParseQuantity(string q)
    {
        string[] suffixes = ["Ki", "Mi", "Gi", "Ti", "m", "k", "M", "G", "T"];
        decimal[] factors = [1024m, 1024m * 1024, 1024m * 1024 * 1024, 1024m * 1024 * 1024 * 1024, 0.001m, 1e3m, 1e6m, 1e9m, 1e12m];
        for (int i = 0; i < suffixes.Length; i++)
        {
            if (q.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return decimal.Parse(q[..^suffixes[i].Length], CultureInfo.InvariantCulture) * factors[i];
            }
        }

        int e = q.IndexOf('e', StringComparison.Ordinal);
        if (e > 0)
        {
            return decimal.Parse(q[..e], CultureInfo.InvariantCulture) * (decimal)Math.Pow(10, int.Parse(q[(e + 1)..], CultureInfo.InvariantCulture));
        }

        return decimal.Parse(q, CultureInfo.InvariantCulture);
    }

    private JsonObject Resources()
    {
        var res = new JsonObject();
        int mode = _r.Weighted<int>([(0, 0.2), (1, 0.3), (2, 0.1), (3, 0.4)]); // none, requests, limits, both
        if (mode == 0)
        {
            return res;
        }

        var names = new List<string> { "cpu", "memory" };
        if (_r.Chance(0.15))
        {
            names.Remove(_r.Pick("cpu", "memory"));
        }

        if (_r.Chance(0.15))
        {
            names.Add("ephemeral-storage");
        }

        bool special = false;
        if (_r.Chance(0.07))
        {
            names.Add(_r.Pick("hugepages-2Mi", "hugepages-1Gi"));
            special = true;
        }

        if (_r.Chance(0.07))
        {
            names.Add("nvidia.com/gpu");
            special = true;
        }

        if (_r.Chance(0.02))
        {
            names.Add("example.com/foo");
            special = true;
        }

        if (special && mode == 1)
        {
            mode = 3; // extended resources and hugepages need limits
        }

        var requests = new JsonObject();
        var limits = new JsonObject();
        foreach (var n in names)
        {
            string[] options = Quantities[n];
            string a = _r.Pick(options);
            string b = _r.Pick(options);
            bool fixedPair = n.StartsWith("hugepages", StringComparison.Ordinal) || n.Contains('/', StringComparison.Ordinal);
            if (fixedPair)
            {
                b = a;
            }

            // requests <= limits as the API server insists.
            if (ParseQuantity(a) > ParseQuantity(b))
            {
                (a, b) = (b, a);
            }

            if (mode is 1 or 3)
            {
                requests[n] = a;
            }

            if (mode is 2 or 3)
            {
                limits[n] = _r.Chance(0.15) && !fixedPair ? a : b;
            }
        }

        if (limits.Count > 0)
        {
            res["limits"] = limits;
        }

        if (requests.Count > 0)
        {
            res["requests"] = requests;
        }

        return res;
    }

    private JsonObject Probe(JsonArray ports)
    {
        var p = new JsonObject();
        int kind = _r.Weighted<int>([(0, 0.45), (1, 0.2), (2, 0.25), (3, 0.1)]);
        JsonNode PortRef()
        {
            var named = ports.OfType<JsonObject>().Where(x => x["name"] is not null).ToList();
            if (named.Count > 0 && _r.Chance(0.4))
            {
                return JsonValue.Create(named[_r.Int(0, named.Count)]["name"]!.GetValue<string>())!;
            }

            return JsonValue.Create(_r.Pick(8080, 80, 9090, 15021, 8443, 3000, 10254))!;
        }

        switch (kind)
        {
            case 0:
                var h = new JsonObject();
                if (_r.Chance(0.85))
                {
                    h["path"] = _r.Pick("/healthz", "/ready", "/actuator/health/liveness", "/", "/health?full=1", "/status/ready", "/api/v1/health check");
                }

                h["port"] = PortRef();
                if (_r.Chance(0.1))
                {
                    h["host"] = _r.Pick("127.0.0.1", "localhost", "::1", "example.internal");
                }

                h["scheme"] = _r.Chance(0.8) ? "HTTP" : "HTTPS";
                if (_r.Chance(0.2))
                {
                    h["httpHeaders"] = new JsonArray(
                        new JsonObject { ["name"] = "X-Probe", ["value"] = "kubelet" },
                        new JsonObject { ["name"] = "Host", ["value"] = "app.example.com" });
                }

                p["httpGet"] = h;
                break;
            case 1:
                var t = new JsonObject { ["port"] = PortRef() };
                if (_r.Chance(0.15))
                {
                    t["host"] = _r.Pick("127.0.0.1", "db.internal");
                }

                p["tcpSocket"] = t;
                break;
            case 2:
                p["exec"] = new JsonObject
                {
                    ["command"] = Json.Strings(_r.Pick<string[]>(
                        ["cat", "/tmp/healthy"],
                        ["/bin/sh", "-c", "pg_isready -U postgres -h 127.0.0.1 -p 5432"],
                        ["redis-cli", "ping"],
                        ["/bin/grpc_health_probe", "-addr=:9090"],
                        ["sh", "-c", "test -f /tmp/ready && echo ok"],
                        ["/healthcheck"])),
                };
                break;
            default:
                var g = new JsonObject { ["port"] = _r.Pick(9090, 50051, 8081) };
                g["service"] = _r.Pick(string.Empty, "liveness", "grpc.health.v1.Health", "acme.api.v1");
                p["grpc"] = g;
                break;
        }

        bool defaults = _r.Chance(0.5);
        if (!defaults || _r.Chance(0.3))
        {
            int delay = _r.Pick(0, 5, 10, 15, 30, 60, 120);
            if (delay > 0)
            {
                p["initialDelaySeconds"] = delay;
            }
        }

        p["timeoutSeconds"] = defaults ? 1 : _r.Pick(1, 2, 3, 5, 10, 30);
        p["periodSeconds"] = defaults ? 10 : _r.Pick(1, 2, 5, 10, 15, 20, 30, 60);
        p["successThreshold"] = defaults ? 1 : _r.Pick(1, 1, 2, 3);
        p["failureThreshold"] = defaults ? 3 : _r.Pick(1, 2, 3, 5, 6, 10, 30, 60);
        if (_r.Chance(0.05))
        {
            p["terminationGracePeriodSeconds"] = _r.Pick(10, 60);
        }

        return p;
    }

    private JsonArray VolumeMounts()
    {
        var a = new JsonArray();
        if (_volumeNames.Count == 0)
        {
            return a;
        }

        var chosen = _r.Sample(_volumeNames, _r.Int(0, Math.Min(5, _volumeNames.Count) + 1));
        var paths = new HashSet<string>();
        foreach (var v in chosen)
        {
            string kind = _volumeKinds[v];
            string mountPath = kind switch
            {
                "kube-api-access" => "/var/run/secrets/kubernetes.io/serviceaccount",
                "configMap" => _r.Pick("/etc/app", "/etc/config/app.conf", "/config"),
                "secret" => _r.Pick("/etc/secrets", "/var/run/secrets/tls", "/etc/ssl/private"),
                "persistentVolumeClaim" or "ephemeral" => _r.Pick("/data", "/var/lib/postgresql/data", "/bitnami/redis/data"),
                "emptyDir" => _r.Pick("/tmp", "/cache", "/var/log/app", "/dev/shm"),
                "hostPath" => _r.Pick("/host/proc", "/var/log", "/var/lib/docker/containers", "/run/containerd/containerd.sock"),
                _ => "/mnt/" + v,
            };
            if (!paths.Add(mountPath))
            {
                mountPath = mountPath.TrimEnd('/') + "-" + v;
                paths.Add(mountPath);
            }

            var m = new JsonObject { ["name"] = v };
            if (kind is "kube-api-access" || _r.Chance(0.3))
            {
                m["readOnly"] = true;
            }

            m["mountPath"] = mountPath;
            if (kind != "kube-api-access")
            {
                if (_r.Chance(0.15))
                {
                    m["subPath"] = _r.Pick("app.conf", "data", "sub dir/with space", "logs/$(POD_NAME)", "config.yaml");
                }
                else if (_r.Chance(0.06))
                {
                    m["subPathExpr"] = "$(POD_NAME)";
                }

                if (_r.Chance(0.06))
                {
                    m["mountPropagation"] = _r.Pick("None", "HostToContainer", "Bidirectional");
                }
            }

            if (kind == "kube-api-access" && _r.Chance(0.5))
            {
                m["recursiveReadOnly"] = "Disabled";
            }

            a.Add(m);
        }

        // The API server keeps spec order; kubectl sorts by mount path.
        return a;
    }

    private JsonObject ContainerSecurityContext()
    {
        var s = new JsonObject();
        if (_r.Chance(0.5))
        {
            s["capabilities"] = _r.Chance(0.7)
                ? new JsonObject { ["drop"] = Json.Strings(["ALL"]) }
                : new JsonObject { ["add"] = Json.Strings(["NET_ADMIN", "NET_RAW"]) };
        }

        if (_r.Chance(0.1))
        {
            s["privileged"] = true;
        }

        if (_r.Chance(0.4))
        {
            s["runAsUser"] = _r.Pick(1000, 65532, 0, 999);
        }

        if (_r.Chance(0.4))
        {
            s["runAsNonRoot"] = _r.Chance(0.85);
        }

        if (_r.Chance(0.4))
        {
            s["readOnlyRootFilesystem"] = _r.Chance(0.7);
        }

        if (_r.Chance(0.4))
        {
            s["allowPrivilegeEscalation"] = false;
        }

        if (_r.Chance(0.3))
        {
            s["seccompProfile"] = SeccompProfile();
        }

        return s;
    }

    private JsonObject SeccompProfile()
    {
        string type = _r.Weighted<string>([("RuntimeDefault", 0.7), ("Localhost", 0.15), ("Unconfined", 0.15)]);
        var p = new JsonObject { ["type"] = type };
        if (type == "Localhost")
        {
            p["localhostProfile"] = _r.Pick("profiles/audit.json", "operator/default/app.json");
        }

        return p;
    }
}
