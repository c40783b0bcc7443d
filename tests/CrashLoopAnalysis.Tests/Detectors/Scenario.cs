using System.Collections.Immutable;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;
using k8s.Models;

namespace CrashLoopAnalysis.Tests.Detectors;

/// <summary>
/// A scenario built on a real captured pod (troubleshoot pod lists), with the cause set on purpose: spec
/// changes, real kubelet event messages and real log lines quoted from public threads.
/// </summary>
internal static class Scenario
{
    public static PodCase Pod(string podList, int index = 0) =>
        DiagnosisEngine.Default.Read(DumpSource.FromPaths(Fixture.Path("troubleshoot", "pods", podList))).Pods[index];

    /// <summary>The crash-looping nginx pod with its own cause (exit 127) replaced by a plain exit 1, so the scenario's cause is the only one.</summary>
    public static PodCase Crashing()
    {
        var pod = Pod("message-pod-crashloop-backoff.json");
        var last = pod.MainStatus().LastState.Terminated;
        last.ExitCode = 1;
        last.Reason = "Error";
        last.Message = null;
        return pod;
    }

    public static EventRecord Event(string reason, string message, int count = 1, string type = "Warning", int line = 40) =>
        new(new Corev1Event { Reason = reason, Message = message, Count = count, Type = type, InvolvedObject = new V1ObjectReference { Kind = "Pod" } }, new EvidenceLine("describe.txt", line, $"{type}  {reason}  {message}"));

    public static PodCase WithLog(this PodCase podCase, string container, LogDigest digest) =>
        podCase with { Logs = [.. podCase.Logs, new ContainerLog(container, true, digest)] };

    public static PodCase WithEvents(this PodCase podCase, params EventRecord[] events) =>
        podCase with { Events = [.. podCase.Events, .. events] };

    public static global::CrashLoopAnalysis.Diagnosis Diagnose(params PodCase[] pods) => Diagnose(new Dump { Pods = [.. pods] });

    public static global::CrashLoopAnalysis.Diagnosis Diagnose(Dump dump) => DiagnosisEngine.Default.Diagnose(dump);

    public static Finding Primary(this global::CrashLoopAnalysis.Diagnosis diagnosis, PodKey key) =>
        diagnosis.Pods.Single(p => p.Key == key).PrimaryCause!;

    public static V1Container App(this PodCase podCase) => podCase.Pod!.Spec.Containers[0];

    public static V1ContainerStatus MainStatus(this PodCase podCase) => podCase.Pod!.Status.ContainerStatuses[0];

    public static ImmutableArray<EvidenceLine> Lines(this Finding finding) => finding.Evidence;
}
