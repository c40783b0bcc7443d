namespace CrashLoopAnalysis.Detectors.ImagePull;

/// <summary>The findings of the image-pull category (CLA16xx): the image cannot be pulled.</summary>
internal static class ImagePullDescriptors
{
    public static readonly FindingDescriptor ImageNotFound = FindingDescriptor.Create(
        "CLA1601", "The image or its tag does not exist in the registry", FailureCategory.ImagePull, Severity.Error,
        "The registry answers that the repository or tag does not exist (`manifest unknown`, `not found`, `repository does not exist`): a typo in the image name or tag, or a tag that was never pushed.",
        ["`docker manifest inspect <image>` (or `crane ls <repository>`) from a machine with access."],
        ["Fix the image name or tag in the pod spec, or push the missing tag."]);

    public static readonly FindingDescriptor Unauthorized = FindingDescriptor.Create(
        "CLA1602", "The registry refuses to let the node pull the image", FailureCategory.ImagePull, Severity.Error,
        "The registry requires credentials the node does not present, or rejects them (`unauthorized`, `authentication required`, `denied`, `403 Forbidden`). Private registries need an `imagePullSecrets` entry (or node credentials).",
        ["`kubectl get pod <pod> -o jsonpath='{.spec.imagePullSecrets}'` and the Secret's registry host."],
        ["Create a docker-registry Secret for the registry and add it to `imagePullSecrets` (or the ServiceAccount)."]);

    public static readonly FindingDescriptor RegistryUnreachable = FindingDescriptor.Create(
        "CLA1603", "The node cannot reach the image registry", FailureCategory.ImagePull, Severity.Error,
        "The pull fails before the registry answers: the registry's name does not resolve, or connections time out or are refused (`no such host`, `i/o timeout`, `connection refused`). Proxies, firewalls, air-gapped nodes or a mistyped registry host are the usual causes.",
        ["From the node: `crictl pull <image>`, `nslookup <registry>`."],
        ["Fix the registry host, the node's DNS/proxy settings or egress rules, or mirror the image to a reachable registry."]);

    public static readonly FindingDescriptor UntrustedCertificate = FindingDescriptor.Create(
        "CLA1604", "The registry's TLS certificate is not trusted by the node", FailureCategory.ImagePull, Severity.Error,
        "The container runtime rejects the registry's certificate (`x509: certificate signed by unknown authority`): a private registry with a self-signed or internal CA that the node does not trust.",
        ["`openssl s_client -connect <registry>:443` from the node."],
        ["Install the registry's CA on the nodes (containerd `certs.d`, docker `certs.d`), or configure the registry as insecure only in test clusters."]);

    public static readonly FindingDescriptor NeverPull = FindingDescriptor.Create(
        "CLA1605", "The image is not on the node and the pull policy forbids pulling it", FailureCategory.ImagePull, Severity.Error,
        "`imagePullPolicy: Never` and the image is not present on the node (`ErrImageNeverPull`): typical for images built locally (minikube, kind) that were loaded into another node or not at all.",
        ["`crictl images` on the node."],
        ["Load the image into the node (`kind load docker-image`, `minikube image load`), or allow pulling (`IfNotPresent`)."]);

    public static readonly FindingDescriptor InvalidName = FindingDescriptor.Create(
        "CLA1606", "The image reference is not a valid name", FailureCategory.ImagePull, Severity.Error,
        "The image name cannot be parsed (`InvalidImageName`, `couldn't parse image reference`): upper-case letters, a leading slash, an empty variable in a template, or a malformed tag or digest.",
        ["Read `image:` in the pod spec; check the template values that build it."],
        ["Fix the image reference (lower-case repository, `registry/repository:tag` or `@sha256:<64 hex>`)."]);

    public static readonly FindingDescriptor PullFailed = FindingDescriptor.Create(
        "CLA1607", "The image cannot be pulled", FailureCategory.ImagePull, Severity.Error,
        "The kubelet cannot pull the image (`ErrImagePull`, `ImagePullBackOff`) for a reason its message gives: an unsupported image format (schema 1 manifests on containerd 2), a platform missing from the manifest, a rate limit, or a registry error.",
        ["`kubectl describe pod <pod>`: the `Failed to pull image` event's full message."],
        ["Fix what the message names: rebuild or re-push the image in a supported format, add the node's platform, or authenticate to lift rate limits."]);
}
