namespace CrashLoopAnalysis.Detectors.StartupCommand;

/// <summary>The findings of the startup-command category (CLA10xx): the command, entrypoint or binary is wrong.</summary>
internal static class StartupCommandDescriptors
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

    public static readonly FindingDescriptor MissingSharedLibrary = FindingDescriptor.Create(
        "CLA1005", "The binary cannot load a shared library or its loader", FailureCategory.StartupCommand, Severity.Error,
        "The executable exists but the dynamic loader cannot find a library it links against (`error while loading shared libraries: libX.so`), or the loader itself is missing (a glibc binary in an Alpine/musl or distroless image often fails with a bare `no such file or directory`).",
        ["Run `ldd <binary>` in the image (`kubectl debug -it <pod> --image=<image> -- sh`).", "Check whether the binary was built with CGO for another libc."],
        ["Install the missing library in the image, or build a static binary (`CGO_ENABLED=0`), or use a base image with the right libc."]);

    public static readonly FindingDescriptor EntrypointFileMissing = FindingDescriptor.Create(
        "CLA1006", "The script or entry file the command runs does not exist", FailureCategory.StartupCommand, Severity.Error,
        "The interpreter started, but the file the command hands it (`python app.py`, `node /app/index.js`, a `java` main class) is not in the image at that path: a wrong working directory, a build that did not copy the file, or a typo in `args`.",
        ["Compare `command`/`args` and `workingDir` with the files in the image: `kubectl debug -it <pod> --image=<image> -- ls -l <dir>`."],
        ["Fix the path in `args`, or copy the file into the image at build time (check the Dockerfile's COPY and WORKDIR)."]);

    public static readonly FindingDescriptor CommandExitsByItself = FindingDescriptor.Create(
        "CLA1007", "The container's own command ends with a non-zero exit", FailureCategory.StartupCommand, Severity.Error,
        "The command or args written in the pod spec end the process on purpose (`...; exit 1`), so the container always fails the same way, whatever the image does.",
        ["Read `command` and `args` in the pod spec."],
        ["Remove the explicit `exit`, or make the command start the long-running process in the foreground."]);
}
