using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>A folder of attachments that holds a whole bundle as an archive beside loose captures is read whole.</summary>
public sealed class NestedArchiveTests
{
    [Fact]
    public void A_support_bundle_archive_inside_a_folder_of_attachments_is_walked_with_the_loose_files()
    {
        var folder = Directory.CreateTempSubdirectory("crashloop-attachments-");
        try
        {
            var tickets = Directory.CreateDirectory(Path.Combine(folder.FullName, "ticket-4711"));
            File.Copy(Fixture.Path("bundles", "support-bundle.tar.gz"), Path.Combine(tickets.FullName, "support-bundle.tar.gz"));
            File.Copy(Fixture.Path("troubleshoot", "pods", "message-oomkill-pod.json"), Path.Combine(tickets.FullName, "pods.json"));

            var diagnosis = DiagnosisEngine.Default.Diagnose(folder.FullName);

            var group = Assert.Single(diagnosis.Groups, g => g.Category == FailureCategory.Dependency);
            Assert.Contains("10.43.0.1:443", group.Headline, StringComparison.Ordinal);
            Assert.Contains(diagnosis.Pods, p => p.Key == new PodKey("kube-system", "metrics-server-668d979685-wttxd"));
            Assert.Contains(diagnosis.Pods, p => p.PrimaryCause?.Category == FailureCategory.Resources);
            Assert.DoesNotContain(diagnosis.Warnings, w => w.Message.Contains("binary", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
