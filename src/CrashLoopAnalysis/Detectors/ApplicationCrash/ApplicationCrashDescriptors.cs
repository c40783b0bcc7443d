namespace CrashLoopAnalysis.Detectors.ApplicationCrash;

/// <summary>The findings of the application-crash category (CLA17xx), and the CrashLoopBackOff symptom.</summary>
internal static class ApplicationCrashDescriptors
{
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

    public static readonly FindingDescriptor AddressInUse = FindingDescriptor.Create(
        "CLA1703", "The application cannot listen: its port is already in use", FailureCategory.ApplicationCrash, Severity.Error,
        "The process exits because the address it binds is taken (`EADDRINUSE`, `address already in use`): another container of the pod, or the node itself with `hostNetwork: true`, already listens on that port.",
        ["List the ports of every container in the pod, and of host-network pods on the node."],
        ["Give the application another port (and the Service/probes with it), or remove the conflicting listener or `hostNetwork`."]);

    public static readonly FindingDescriptor MissingModule = FindingDescriptor.Create(
        "CLA1704", "The application cannot load a module it imports", FailureCategory.ApplicationCrash, Severity.Error,
        "The program starts but an import fails (`ModuleNotFoundError`, `Cannot find module`, `LoadError`, `ClassNotFoundException`): the dependency was not installed in the image, or was installed for another interpreter version.",
        ["Check the image's installed packages (`pip list`, `npm ls`, the jar's classpath)."],
        ["Add the dependency to the image's build (requirements.txt, package.json, Gemfile, pom) and rebuild."]);
}
