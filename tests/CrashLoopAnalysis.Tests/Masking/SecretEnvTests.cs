using CrashLoopAnalysis.Masking;
using k8s.Models;

namespace CrashLoopAnalysis.Tests.Masking;

/// <summary>Env values are shown the way a user may see them: Secret references by name, secret-looking literals masked.</summary>
public sealed class SecretEnvTests
{
    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("postgres-password", true)]
    [InlineData("GITHUB_TOKEN", true)]
    [InlineData("api.key", true)]
    [InlineData("STRIPE_SECRET_KEY", true)]
    [InlineData("AZURE_STORAGE_CONNECTION_STRING", true)]
    [InlineData("DB_PWD", true)]
    [InlineData("SENTRY_DSN", true)]
    [InlineData("AUTH_HEADER", true)]
    [InlineData("PWD", false)]
    [InlineData("AUTHOR", false)]
    [InlineData("SASL_MECHANISM", false)]
    [InlineData("LOG_LEVEL", false)]
    [InlineData("KUBERNETES_SERVICE_HOST", false)]
    public void Names_that_look_secret_are_told(string name, bool secret)
    {
        Assert.Equal(secret, SecretEnv.LooksSecret(name));
    }

    [Fact]
    public void Display_names_the_secret_reference_and_masks_secret_looking_literals()
    {
        var fromSecret = new V1EnvVar { Name = "DB_PASSWORD", ValueFrom = new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Key = "password", Name = "db" } } };
        var literal = new V1EnvVar { Name = "DB_PASSWORD", Value = "hunter2" };
        var url = new V1EnvVar { Name = "DATABASE_URL", Value = "postgres://app:hunter2@db:5432/x" };
        var plain = new V1EnvVar { Name = "LOG_LEVEL", Value = "debug" };

        Assert.Equal("<set to the key 'password' in secret 'db'>", SecretEnv.Display(fromSecret, SecretMasker.Default));
        Assert.Equal(SecretMasker.Mask, SecretEnv.Display(literal, SecretMasker.Default));
        Assert.Equal("postgres://app:***@db:5432/x", SecretEnv.Display(url, SecretMasker.Default));
        Assert.Equal("debug", SecretEnv.Display(plain, SecretMasker.Default));
    }
}
