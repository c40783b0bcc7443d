using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;
using k8s;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary><c>crashloop parse PATH ... [--format json|yaml]</c>: the objects reconstructed from the inputs, as a Kubernetes List.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or archives; '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json or yaml", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "yaml");
        var command = new Command("parse", "Print the Kubernetes objects read from the inputs (Pods, Events, Nodes, PersistentVolumeClaims) as a List.") { paths, format };
        command.SetAction(result =>
        {
            var dump = DiagnosisEngine.Default.Read(Inputs.Open(result.GetValue(paths)));
            var objects = Objects(dump).ToList();
            using var writer = Inputs.OpenOutput(null);
            if (result.GetValue(format) == "yaml")
            {
                writer.Write(ObjectMasking.Apply(KubernetesYaml.SerializeAll(objects), DiagnosisEngine.Default.Options.Masker));
            }
            else
            {
                WriteJsonList(writer, objects);
            }

            foreach (var warning in dump.Warnings)
            {
                Console.Error.WriteLine($"warning: {warning}");
            }

            return 0;
        });
        return command;
    }

    private static IEnumerable<object> Objects(Dump dump)
    {
        foreach (var pod in dump.Pods)
        {
            if (pod.Pod is not null)
            {
                // Literal env values whose names look secret are never printed; Secret references stay as references.
                SecretEnv.MaskInPlace(pod.Pod, DiagnosisEngine.Default.Options.Masker);
                yield return WithKind(pod.Pod, "v1", "Pod");
            }
        }

        foreach (var e in dump.Pods.SelectMany(p => p.Events).Concat(dump.OtherEvents))
        {
            yield return WithKind(e.Event, "v1", "Event");
        }

        foreach (var node in dump.Nodes)
        {
            yield return WithKind(node, "v1", "Node");
        }

        foreach (var claim in dump.Claims)
        {
            yield return WithKind(claim, "v1", "PersistentVolumeClaim");
        }
    }

    private static T WithKind<T>(T obj, string apiVersion, string kind)
        where T : IKubernetesObject
    {
        obj.ApiVersion ??= apiVersion;
        obj.Kind ??= kind;
        return obj;
    }

    private static void WriteJsonList(TextWriter writer, List<object> objects)
    {
        var items = new JsonArray();
        foreach (var obj in objects)
        {
            items.Add(JsonNode.Parse(KubernetesJson.Serialize(obj)));
        }

        var list = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = items };
        var text = list.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.Write(ObjectMasking.Apply(text.Replace("\r\n", "\n", StringComparison.Ordinal), DiagnosisEngine.Default.Options.Masker));
        writer.Write('\n');
    }
}
