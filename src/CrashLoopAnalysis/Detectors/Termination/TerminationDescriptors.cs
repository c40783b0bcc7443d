using CrashLoopAnalysis.Detectors;

namespace CrashLoopAnalysis.Detectors.Termination;

/// <summary>The findings read from a container's termination state: reason, exit code and signal.</summary>
internal static class TerminationDescriptors
{
    public static readonly FindingDescriptor CommandNotFound = FindingDescriptor.Create(
        "CLA1001", "The container's command or entrypoint cannot be found", FailureCategory.StartupCommand, Severity.Error,
        "The runtime could not start the process: the executable named by `command` (or the image's ENTRYPOINT) does not exist in the image or is not on `$PATH`. Kubernetes reports exit code 127, or the reason `StartError`/`ContainerCannotRun` with `executable file not found in $PATH` or `no such file or directory`.",
        ["Compare `command`/`args` in the pod spec with the image's entrypoint: `docker inspect <image>`.", "Run the image with a shell and look for the binary: `kubectl debug -it <pod> --image=<image> -- sh`."],
        ["Fix the path or spelling of the executable in `command`, or install it in the image.", "If the image has no shell, do not wrap the command in `sh -c`."]);

    public static readonly FindingDescriptor NotExecutable = FindingDescriptor.Create(
        "CLA1002", "The container's command is not executable", FailureCategory.StartupCommand, Severity.Error,
        "The file named as the command exists but cannot be executed: it lacks the execute permission, or it is a directory. Kubernetes reports exit code 126 or `permission denied` when starting the container.",
        ["Check the file mode in the image: `ls -l <path>`."],
        ["Add the execute bit in the Dockerfile (`RUN chmod +x <script>`), or run it through its interpreter (`sh <script>`)."]);

    public static readonly FindingDescriptor ExecFormat = FindingDescriptor.Create(
        "CLA1003", "The image's binary is for another CPU architecture", FailureCategory.StartupCommand, Severity.Error,
        "`exec format error` means the kernel cannot run the binary: it was built for another CPU architecture (arm64 vs amd64), or a script lacks its `#!` line.",
        ["Compare the image's platform (`docker manifest inspect <image>`) with the node's architecture (`kubectl get node -L kubernetes.io/arch`)."],
        ["Build or pull a multi-architecture image, or pin the pod to nodes of the image's architecture with a nodeSelector on `kubernetes.io/arch`."]);

    public static readonly FindingDescriptor ExitedCleanly = FindingDescriptor.Create(
        "CLA1004", "The container exits successfully, but its pod restarts it forever", FailureCategory.StartupCommand, Severity.Error,
        "The process ended with exit code 0 (`Completed`), yet the pod's restartPolicy is `Always`, so Kubernetes starts it again and again. Nothing long-running was started: the command runs a one-shot task, or starts a server in the background and returns.",
        ["Look at the command and args: does the last command stay in the foreground?"],
        ["Run the server in the foreground (e.g. `exec gunicorn ...`, `nginx -g 'daemon off;'`).", "For one-shot work, use a Job (restartPolicy OnFailure/Never) instead of a Deployment."]);

    public static readonly FindingDescriptor OomKilled = FindingDescriptor.Create(
        "CLA1201", "Container is killed for exceeding its memory limit", FailureCategory.Resources, Severity.Error,
        "The kernel's OOM killer ended the process because the container used more memory than `resources.limits.memory`; Kubernetes reports the reason `OOMKilled` and exit code 137.",
        ["`kubectl top pod <pod> --containers` while it runs.", "Check the limit in the pod spec and the memory the application needs at peak."],
        ["Raise `resources.limits.memory`, or find what allocates memory (heap size flags such as `-Xmx` must stay below the limit).", "For the JVM, use `-XX:MaxRAMPercentage` so the heap follows the limit."]);

    public static readonly FindingDescriptor KilledBySigkill = FindingDescriptor.Create(
        "CLA1202", "Container was killed (SIGKILL, exit 137) without an OOM report", FailureCategory.Resources, Severity.Warning,
        "Exit code 137 means the process was killed by SIGKILL. Without the `OOMKilled` reason this is most often the kubelet killing a container whose liveness probe failed or that did not stop within its grace period, or a memory kill that the runtime did not report as OOM.",
        ["Look for `Unhealthy`/`Killing` events about the container.", "Compare the container's memory use with its limit."],
        ["If a liveness probe killed it, fix the probe; if memory, raise the limit."]);

    public static readonly FindingDescriptor SymptomCrashLoop = FindingDescriptor.Create(
        "CLA1700", "Container is in CrashLoopBackOff", FailureCategory.ApplicationCrash, Severity.Warning,
        "`CrashLoopBackOff` is a symptom, not a cause: the container started, stopped, and Kubernetes now waits longer and longer (up to 5 minutes) before each restart. The cause is in the last termination state, the previous log and the events.",
        ["`kubectl describe pod <pod>`: the Last State of the container and the events.", "`kubectl logs <pod> -c <container> --previous`: the log of the run that crashed."],
        ["Fix the cause named by the other findings; the back-off resets once the container stays up."],
        FindingRole.Symptom);

    public static readonly FindingDescriptor ExitedWithError = FindingDescriptor.Create(
        "CLA1701", "The application exits with an error", FailureCategory.ApplicationCrash, Severity.Error,
        "The process ended by itself with a non-zero exit code and nothing more specific explains why. The previous log's last error line is the best lead.",
        ["`kubectl logs <pod> -c <container> --previous` and read the last lines before it ended."],
        ["Fix the error the previous log shows; if it shows none, run the container with more verbose logging."]);

    public static readonly FindingDescriptor CrashedBySignal = FindingDescriptor.Create(
        "CLA1702", "The application crashed with a signal", FailureCategory.ApplicationCrash, Severity.Error,
        "The process was ended by a signal it raised or received: SIGSEGV (exit 139) is a memory access violation, SIGABRT (exit 134) an abort (failed assertion, fatal runtime error), SIGTERM (exit 143) a request to stop.",
        ["`kubectl logs <pod> -c <container> --previous` for a stack trace or core-dump message."],
        ["For SIGSEGV/SIGABRT, look for native library or image mismatches (glibc vs musl, CPU features); for SIGTERM, find who stops the process."]);

    public static readonly FindingDescriptor LostContainer = FindingDescriptor.Create(
        "CLA1901", "The container was lost in a node or runtime restart", FailureCategory.Node, Severity.Warning,
        "The last state is `Unknown` (often with exit code 255) or `ContainerStatusUnknown`: the kubelet or container runtime restarted, or the node rebooted, and the container's end was not recorded. This is not an application bug; many pods of one node show it at once.",
        ["`kubectl get events -A --field-selector involvedObject.kind=Node`, and the node's conditions and uptime."],
        ["Find why the node or runtime restarted (kernel, kubelet or containerd logs); the pods recover on their own once it is stable."]);
}
