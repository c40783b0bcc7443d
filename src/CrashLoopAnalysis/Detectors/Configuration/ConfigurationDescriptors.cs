namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>The findings of the configuration category (CLA11xx): missing or invalid configuration.</summary>
internal static class ConfigurationDescriptors
{
    public static readonly FindingDescriptor MissingSecret = FindingDescriptor.Create(
        "CLA1101", "A Secret the container needs does not exist", FailureCategory.Configuration, Severity.Error,
        "The pod refers to a Secret (in `env`, `envFrom` or a volume) that is not in its namespace, so the kubelet cannot create the container (`CreateContainerConfigError`, `secret \"x\" not found`) or mount the volume.",
        ["`kubectl get secret <name> -n <namespace>`.", "Look for the Secret's name in `env[].valueFrom.secretKeyRef`, `envFrom` and `volumes` of the pod spec."],
        ["Create the Secret in the pod's namespace (or fix its name in the pod spec); mark it `optional: true` only if the application can run without it."]);

    public static readonly FindingDescriptor MissingConfigMap = FindingDescriptor.Create(
        "CLA1102", "A ConfigMap the container needs does not exist", FailureCategory.Configuration, Severity.Error,
        "The pod refers to a ConfigMap (in `env`, `envFrom` or a volume) that is not in its namespace: the container cannot be created (`configmap \"x\" not found`) or its volume cannot be mounted (`MountVolume.SetUp failed ... configmap \"x\" not found`).",
        ["`kubectl get configmap <name> -n <namespace>`."],
        ["Create the ConfigMap in the pod's namespace, or fix its name (ConfigMaps are not shared across namespaces)."]);

    public static readonly FindingDescriptor MissingKey = FindingDescriptor.Create(
        "CLA1103", "A key the container needs is missing from its Secret or ConfigMap", FailureCategory.Configuration, Severity.Error,
        "The Secret or ConfigMap exists but lacks the key that `secretKeyRef`/`configMapKeyRef` names (`couldn't find key K in Secret ns/name`), so the kubelet cannot build the container's environment.",
        ["`kubectl get secret|configmap <name> -n <namespace> -o jsonpath='{.data}'` and compare its keys with the pod spec."],
        ["Add the key to the Secret/ConfigMap, or fix the key's name in the pod spec."]);

    public static readonly FindingDescriptor MissingEnvironmentVariable = FindingDescriptor.Create(
        "CLA1104", "The application needs an environment variable that is not set", FailureCategory.Configuration, Severity.Error,
        "The application exits at start-up because an environment variable it requires is missing or empty (`KeyError: 'DB_HOST'`, `required environment variable X is not set`).",
        ["Compare the variable the log names with the container's `env` and `envFrom` in the pod spec (`kubectl set env pod/<pod> --list`)."],
        ["Set the variable in the Deployment's `env` (or in the Secret/ConfigMap that `envFrom` loads)."]);

    public static readonly FindingDescriptor MalformedConfig = FindingDescriptor.Create(
        "CLA1105", "A configuration file cannot be parsed", FailureCategory.Configuration, Severity.Error,
        "The application exits because a configuration file is not valid YAML/JSON/TOML or holds values it rejects. When the file comes from a mounted ConfigMap, the error is in that ConfigMap.",
        ["Read the file the log names: `kubectl get configmap <name> -o yaml`, and validate it (`yq`, `jq`)."],
        ["Fix the syntax of the ConfigMap's data (indentation, quoting, tabs) and restart the pod."]);

    public static readonly FindingDescriptor InvalidFlag = FindingDescriptor.Create(
        "CLA1106", "The container is started with a flag or argument it does not accept", FailureCategory.Configuration, Severity.Error,
        "The program rejects its command line (`flag provided but not defined: -x`, `unknown flag`, `unrecognized arguments`): the args in the pod spec do not match the image's version.",
        ["Compare the pod spec's `args` with the program's `--help` for the image's version."],
        ["Remove or rename the flag in `args`, or pin the image version the flags were written for."]);

    public static readonly FindingDescriptor TlsConfiguration = FindingDescriptor.Create(
        "CLA1107", "The application rejects a TLS certificate it is configured to trust", FailureCategory.Configuration, Severity.Error,
        "A TLS handshake fails (`x509: certificate signed by unknown authority`, `PKIX path building failed`): the application's CA bundle does not hold the issuer of the server it calls, or it calls the server by a name the certificate does not cover.",
        ["Check which CA bundle the container mounts and which host it calls."],
        ["Mount the right CA bundle (or add the issuer to the image's trust store), and call the server by a name its certificate covers."]);

    public static readonly FindingDescriptor MissingConfigFile = FindingDescriptor.Create(
        "CLA1108", "A configuration file the application reads does not exist", FailureCategory.Configuration, Severity.Error,
        "The application exits because a file it reads at start-up is missing: often a ConfigMap/Secret volume mounted at another path, a `subPath` that names a missing key, or a file the image was meant to contain.",
        ["Compare the path in the log with the container's `volumeMounts` and the keys of the mounted ConfigMap/Secret."],
        ["Mount the file at the path the application reads (fix `mountPath`/`subPath` or the key name), or set the application's config path."]);

    public static readonly FindingDescriptor ConfigError = FindingDescriptor.Create(
        "CLA1109", "The kubelet cannot build the container's configuration", FailureCategory.Configuration, Severity.Error,
        "The container waits in `CreateContainerConfigError`: the kubelet cannot build its environment or files from the pod spec, almost always because a Secret, ConfigMap or key the spec refers to does not exist. The capture does not show which one (the waiting message or the `Failed` event names it).",
        ["`kubectl describe pod <pod>`: the `Failed` event (`Error: secret \"x\" not found`, `couldn't find key K in ConfigMap ns/c`) names what is missing.", "List the Secrets and ConfigMaps the spec refers to (`env[].valueFrom`, `envFrom`, `volumes`) and `kubectl get` each."],
        ["Create the missing Secret/ConfigMap or key in the pod's namespace, or fix the name in the pod spec."]);
}
