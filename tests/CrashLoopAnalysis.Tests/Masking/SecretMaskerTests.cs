using System.Text.RegularExpressions;
using CrashLoopAnalysis.Masking;

namespace CrashLoopAnalysis.Tests.Masking;

/// <summary>Secrets of every common kind are masked; lines that only name a secret stay readable.</summary>
public sealed class SecretMaskerTests
{
    // Real-looking but made-up secrets (the AWS and JWT ones are the providers' own documentation examples).
    [Theory]
    [InlineData("DB_PASSWORD: hunter2-S3cret", "hunter2-S3cret")]
    [InlineData("password=Tr0ub4dor&3 user=app", "Tr0ub4dor")]
    [InlineData("\"password\": \"correct horse\"", "correct")]
    [InlineData("api_key = 'ab12cd34ef56ab12cd34'", "ab12cd34ef56ab12cd34")]
    [InlineData("GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789")]
    [InlineData("Authorization: Bearer abc.def-ghi_jkl", "abc.def-ghi_jkl")]
    [InlineData("curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZA==' http://svc", "dXNlcjpwYXNzd29yZA==")]
    [InlineData("proxy-authorization=Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXagMDAuBgkqhkiC9xIBAgIGCSqGSIb3EgECAgYKKwYBBAGCNwICHgYKKwYBBAGCNwICCqKCAUAEggE8", "YIIBhgYGKwYBBQUC")]
    [InlineData("token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c rejected", "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")]
    [InlineData("using key AKIAIOSFODNN7EXAMPLE for s3", "AKIAIOSFODNN7EXAMPLE")]
    [InlineData("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")]
    [InlineData("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI")]
    [InlineData("maps key AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe failed", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe")]
    [InlineData("Authorization: Bearer ya29.a0AfH6SMBx1234567890abcdefghij", "ya29.a0AfH6SMBx1234567890abcdefghij")]
    [InlineData("gcs token ya29.a0AfH6SMBx1234567890abcdefghij expired", "a0AfH6SMBx1234567890abcdefghij")]
    [InlineData("\"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n\"", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7")]
    [InlineData("-----BEGIN RSA PRIVATE KEY----- MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn", "MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn")]
    [InlineData("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=shop;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;EndpointSuffix=core.windows.net", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq")]
    [InlineData("Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmE=", "Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmE=")]
    [InlineData("GET https://shop.blob.core.windows.net/c/b?sv=2021-08-06&ss=b&sp=r&se=2030-01-01&sig=a%2Bb3c4D5e6F7g8H9i0J%3D failed", "a%2Bb3c4D5e6F7g8H9i0J%3D")]
    [InlineData("dial postgres://app:S3cretPw@db.shop.svc:5432/orders: connection refused", "S3cretPw")]
    [InlineData("connecting to postgresql://app:p@ss@w0rd@db:5432/orders", "ss@w0rd")]
    [InlineData("mongodb+srv://admin:M0ng0Pass@cluster0.example.net/test?retryWrites=true", "M0ng0Pass")]
    [InlineData("redis://:R3disPass@redis-master:6379/0 unreachable", "R3disPass")]
    [InlineData("amqp://guest:RabbitPw1@rabbitmq:5672/", "RabbitPw1")]
    [InlineData("Server=tcp:sql.shop;Database=orders;User ID=sa;Password=Sql$erverPw1;Encrypt=true", "Sql$erverPw1")]
    [InlineData("Host=db;Username=app;Pwd=Npg5qlPw;", "Npg5qlPw")]
    [InlineData("{\"name\":\"DB_PASSWORD\",\"value\":\"hunter2-S3cret\"}", "hunter2-S3cret")]
    [InlineData("{\\\"name\\\":\\\"STRIPE_KEY_SECRET\\\",\\\"value\\\":\\\"rk_notlive_abcdef\\\"}", "rk_notlive_abcdef")]
    [InlineData("slack xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "AbCdEfGhIjKlMnOpQrStUvWx")]
    [InlineData("openai sk-proj1234567890abcdefghijklmnopqrstuv", "sk-proj1234567890abcdefghijklmnopqrstuv")]
    [InlineData("gitlab glpat-x1y2z3a4b5c6d7e8f9g0", "glpat-x1y2z3a4b5c6d7e8f9g0")]
    public void A_secret_is_masked(string line, string secret)
    {
        var masked = SecretMasker.Default.Apply(line);

        Assert.DoesNotContain(secret, masked, StringComparison.Ordinal);
        Assert.Contains(SecretMasker.Mask, masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Reason:       Error")]
    [InlineData("Last State:     Terminated")]
    [InlineData("Liveness:       http-get http://:8080/healthz delay=10s timeout=1s period=10s #success=1 #failure=3")]
    [InlineData("Readiness probe failed: Get \"http://10.244.0.12:8080/ready\": dial tcp 10.244.0.12:8080: connect: connection refused")]
    [InlineData("DB_PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false")]
    [InlineData("API_TOKEN:    <set to the key 'token' of config map 'app'>  Optional: false")]
    [InlineData("Error: secret \"db-credentials\" not found")]
    [InlineData("Error: couldn't find key password in Secret shop/db")]
    [InlineData("MountVolume.SetUp failed for volume \"tls\" : secret \"shop-tls\" not found")]
    [InlineData("SecretName:  shop-tls")]
    [InlineData("/var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-htb9q (ro)")]
    [InlineData("FATAL:  password authentication failed for user \"app\"")]
    [InlineData("Image:          ghcr.io/shop/api@sha256:9c1e1f4d3b2a0e8f7c6d5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706")]
    [InlineData("9c1e1f4d3b2a0e8f7c6d5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706")]
    [InlineData("Environment Variables from:\n      db-secret  Secret  Optional: false")]
    [InlineData("tokens: 5 remaining, key: app.kubernetes.io/name")]
    [InlineData("dial tcp: lookup https://api.shop.svc:443/v1: no such host")]
    [InlineData("password: ${DB_PASSWORD}")]
    public void A_line_that_only_names_a_secret_stays_as_it_is(string line)
    {
        Assert.Equal(line, SecretMasker.Default.Apply(line));
    }

    [Fact]
    public void Masking_twice_changes_nothing_more()
    {
        var once = SecretMasker.Default.Apply("postgres://app:pw1@db/x password=pw2 Authorization: Bearer tok3");

        Assert.Equal(once, SecretMasker.Default.Apply(once));
        Assert.DoesNotContain("pw1", once, StringComparison.Ordinal);
        Assert.DoesNotContain("pw2", once, StringComparison.Ordinal);
        Assert.DoesNotContain("tok3", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Patterns_of_your_own_are_masked_too_whole_or_by_their_secret_group()
    {
        var masker = new SecretMasker([new Regex(@"ACME-[0-9]{6}"), new Regex(@"pin (?<secret>\d{4})")]);

        var masked = masker.Apply("license ACME-123456 accepted, pin 4321 set");

        Assert.Equal("license *** accepted, pin *** set", masked);
    }
}
