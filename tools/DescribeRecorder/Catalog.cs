namespace DescribeRecorder;

/// <summary>Static vocabulary the generators draw from: names, images, messages as real clusters show them.</summary>
internal static class Catalog
{
    public static readonly string[] Namespaces =
    [
        "default", "kube-system", "prod", "staging", "payments", "team-a-dev", "monitoring", "ingress-nginx",
        "cert-manager", "argocd", "istio-system", "data-pipeline-2024", "ml-inference", "a", "x1",
        "very-long-namespace-name-for-testing-the-column-widths-of-kubect",
        "ns-with-many-dashes---in-it", "42", "tenant-0001", "observability",
    ];

    public static readonly string[] AppNames =
    [
        "web", "api", "payments-api", "checkout-service", "frontend", "user-profile-svc", "redis", "postgres",
        "kafka-consumer", "worker", "image-resizer", "ledger", "auth", "notifications-dispatcher",
        "recommendation-engine-v2", "search-indexer", "billing-reconciliation-nightly", "grpc-gateway",
        "a", "x9", "svc-0", "legacy-monolith", "ml-model-server", "feature-flags", "session-cache",
        "this-is-a-deliberately-very-long-application-name-for-tests", "app.with.dots", "s3-sync.v2",
        "fluent-bit", "node-exporter", "coredns", "metrics-server", "ingress-nginx-controller",
    ];

    public static readonly string[] SidecarNames =
    [
        "istio-proxy", "envoy", "fluentd", "cloud-sql-proxy", "metrics-exporter", "linkerd-proxy", "vault-agent",
        "oauth2-proxy", "log-forwarder", "config-reloader", "jaeger-agent", "datadog-agent", "c",
        "a-very-long-sidecar-container-name-that-is-exactly-sixty-three-c",
    ];

    public static readonly string[] InitNames =
    [
        "init-db", "wait-for-postgres", "istio-init", "copy-config", "vault-agent-init", "chmod-data",
        "migrations", "init-sysctl", "linkerd-init", "fetch-model-weights", "i",
    ];

    public static readonly string[] NativeSidecarNames = ["istio-proxy", "log-shipper", "cloud-sql-proxy", "otel-collector"];

    public static readonly string[] Images =
    [
        "nginx:1.25.3", "nginx", "redis:7.2-alpine", "postgres:16.1", "busybox:1.36", "busybox",
        "distroless.example.com/static-debian12:nonroot", "registry.example.com/k8s/pause:3.9",
        "registry.example.com/library/python:3.12-slim", "ghcr.example.com/acme/payments-api:v2.14.0",
        "123456789012.dkr.ecr.example.com/checkout:sha-4f2a9c1",
        "europe-docker.example.com/acme-prod/apps/frontend:2024.05.1",
        "quay.example.com/prometheus/node-exporter:v1.7.0", "registry.example.com:5000/team/worker:latest",
        "istio/proxyv2:1.20.2", "fluent/fluent-bit:2.2.2",
        "mcr.example.com/dotnet/aspnet:8.0", "eclipse-temurin:21-jre",
        "registry.example.com/coredns/coredns:v1.11.1", "registry.example.com/k8s/kube-apiserver:v1.29.2",
        "acme/app@sha256:3f1b8c6a9d2e4f7081726354a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e",
        "localhost:5000/dev/thing:0.0.1-SNAPSHOT",
    ];

    public static readonly string[] BadImages =
    [
        "ghcr.example.com/acme/payments-api:v2.14.0-does-not-exist", "nginx:1.255", "private.registry.internal/app:1.0",
        "acme/secret-app:latest", "reddis:7",
    ];

    public static readonly string[] InvalidImages = ["Nginx:Latest", "nginx::1.25", "registry/app:tag with space", "UPPER/case", "app@sha256:short"];

    public static readonly string[] ExitMessages =
    [
        "Error: connect ECONNREFUSED 10.96.12.34:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x6f1c2a]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:42 +0x1d",
        "Traceback (most recent call last):\n  File \"/app/main.py\", line 12, in <module>\n    import psycopg2\nModuleNotFoundError: No module named 'psycopg2'",
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.acme.Main.main(Main.java:17)",
        "FATAL: password authentication failed for user \"app\"",
        "config error: missing required key DATABASE_URL",
        "Unhandled exception. System.InvalidOperationException: Unable to resolve service for type 'IRepository'.",
        "standard_init_linux.go:228: exec user process caused: exec format error",
        "/bin/sh: 1: /app/start.sh: not found",
        "exit status 1",
        "Killed",
        "x",
        "2024/05/01 10:00:00 listen tcp :8080: bind: address already in use",
        "level=fatal msg=\"failed to load config\" error=\"open /etc/app/config.yaml: no such file or directory\"",
        "message with trailing newline\n",
        "unicode message: ошибка подключения — 接続エラー ✗",
        "Error:\tfield\twith\ttabs",
    ];

    public static readonly string[] CannotRunMessages =
    [
        "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/docker-entrypoint.sh\": permission denied: unknown",
        "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"app\": executable file not found in $PATH: unknown",
        "OCI runtime create failed: container_linux.go:380: starting container process caused: process_linux.go:545: container init caused: rootfs_linux.go:76: mounting \"/var/lib/kubelet/pods/x/volumes/kubernetes.io~configmap/cfg\" to rootfs at \"/etc/app/app.conf\" caused: not a directory: unknown",
        "failed to start containerd task \"app\": cannot start a stopped process: unknown",
    ];

    public static readonly string[] ConfigErrors =
    [
        "secret \"db-credentials\" not found",
        "configmap \"app-config\" not found",
        "couldn't find key password in Secret {0}/db-credentials",
        "couldn't find key LOG_LEVEL in ConfigMap {0}/app-config",
        "container has runAsNonRoot and image will run as root (pod: \"{1}_{0}(uid)\", container: app)",
        "failed to sync secret cache: timed out waiting for the condition",
    ];

    public static readonly string[] Words =
    [
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo", "lima",
    ];

    public static readonly string[] Zones = ["us-east-1a", "us-east-1b", "us-east-1c", "europe-west4-a", "eastus-2", "zone-1"];
}
