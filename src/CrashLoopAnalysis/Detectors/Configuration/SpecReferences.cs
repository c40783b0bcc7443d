using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>The lines of the pod spec that refer to a Secret or ConfigMap: env, envFrom and volumes.</summary>
internal static class SpecReferences
{
    public static IEnumerable<EvidenceLine> Lines(PodCase podCase, Reference reference)
    {
        var secret = reference.Kind == "Secret";
        foreach (var c in ContainerFacts.Of(podCase))
        {
            foreach (var env in c.Spec?.Env ?? [])
            {
                var name = secret ? env.ValueFrom?.SecretKeyRef?.Name : env.ValueFrom?.ConfigMapKeyRef?.Name;
                var key = secret ? env.ValueFrom?.SecretKeyRef?.Key : env.ValueFrom?.ConfigMapKeyRef?.Key;
                if (name == reference.Name && (reference.Key is null || key == reference.Key)
                    && podCase.Provenance.Find($"{c.SpecPath}.env[{env.Name}].valueFrom.{(secret ? "secretKeyRef" : "configMapKeyRef")}.{(reference.Key is null ? "name" : "key")}") is { } line)
                {
                    yield return line;
                }
            }
        }

        foreach (var volume in podCase.Pod?.Spec?.Volumes ?? [])
        {
            var name = secret ? volume.Secret?.SecretName : volume.ConfigMap?.Name;
            if (name == reference.Name
                && podCase.Provenance.Find($"spec.volumes[{volume.Name}].{(secret ? "secret.secretName" : "configMap.name")}") is { } line)
            {
                yield return line;
            }
        }
    }
}
