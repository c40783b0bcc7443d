using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Capture;

/// <summary>
/// Reads what <c>kubectl logs</c> prints for a container that never started: <c>Error from server (BadRequest):
/// container "app" in pod "web-1" is waiting to start: CreateContainerConfigError</c> (or, in older versions,
/// <c>... is waiting to start: trying and failing to pull image</c>). The line is the pod's status as the API
/// server saw it: a pod with that container waiting for that reason.
/// </summary>
internal static partial class WaitingMessageReader
{
    /// <summary>Whether <paramref name="line"/> is such a message.</summary>
    public static bool IsWaitingMessage(string line) => Message().IsMatch(line);

    public static void Read(SourceText text, ReadResult result)
    {
        for (var n = 1; n <= text.LineCount; n++)
        {
            var line = text.LineText(n);
            if (Message().Match(line) is not { Success: true } m)
            {
                continue;
            }

            var container = m.Groups["c"].Value;
            var said = m.Groups["r"].Value.Trim();
            var reason = said.Contains(' ', StringComparison.Ordinal)
                ? said.Contains("pull", StringComparison.OrdinalIgnoreCase) ? "ImagePullBackOff" : null
                : said;
            var pod = new V1Pod
            {
                ApiVersion = "v1",
                Kind = "Pod",
                Metadata = new V1ObjectMeta { Name = m.Groups["p"].Value },
                Spec = new V1PodSpec { Containers = [new V1Container { Name = container }] },
                Status = new V1PodStatus
                {
                    ContainerStatuses =
                    [
                        new V1ContainerStatus
                        {
                            Name = container,
                            State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = reason, Message = reason is null ? said : null } },
                        },
                    ],
                },
            };
            var evidence = new EvidenceLine(text.Path, n, line);
            var fields = new Dictionary<string, EvidenceLine>(StringComparer.Ordinal)
            {
                ["metadata.name"] = evidence,
                [$"spec.containers[{container}].name"] = evidence,
                [$"status.containerStatuses[{container}].state.waiting"] = evidence,
                [$"status.containerStatuses[{container}].state.waiting.{(reason is null ? "message" : "reason")}"] = evidence,
            };
            result.Pods.Add(new PodRecord(pod, new FieldProvenance(fields), text.Path));
        }
    }

    [GeneratedRegex(@"container ""(?<c>[^""]+)"" in pod ""(?<p>[^""]+)"" is waiting to start: (?<r>.+)$")]
    private static partial Regex Message();
}
