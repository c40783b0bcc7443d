using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>Pod volumes of every kind <c>kubectl describe</c> prints.</summary>
internal sealed partial class PodFactory
{
    private static readonly (string Item, double Weight)[] VolumeKinds =
    [
        ("emptyDir", 10), ("hostPath", 5), ("configMap", 10), ("secret", 8), ("projected", 4),
        ("persistentVolumeClaim", 5), ("downwardAPI", 3), ("nfs", 2), ("csi", 3), ("ephemeral", 2), ("iscsi", 1),
        ("gcePersistentDisk", 0.8), ("awsElasticBlockStore", 0.8), ("gitRepo", 1.2), ("glusterfs", 0.8), ("rbd", 0.8),
        ("azureDisk", 0.8), ("azureFile", 0.8), ("vsphereVolume", 0.8), ("cinder", 0.8), ("cephfs", 0.8), ("fc", 0.8),
        ("flexVolume", 0.8), ("flocker", 0.8), ("portworxVolume", 0.8), ("scaleIO", 0.8), ("storageos", 0.8),
        ("photonPersistentDisk", 0.8), ("quobyte", 0.8), ("image", 0.8),
    ];

    private List<JsonObject> Volumes(string scenario, string owner)
    {
        var list = new List<JsonObject>();
        var used = new HashSet<string>();
        void Add(string name, string kind, JsonObject source)
        {
            string n = UniqueName(name, used);
            var v = new JsonObject { ["name"] = n };
            foreach (var (k, val) in source)
            {
                v[k] = val?.DeepClone();
            }

            list.Add(v);
            _volumeNames.Add(n);
            _volumeKinds[n] = kind;
        }

        foreach (var claim in _plan.ClaimNames ?? [])
        {
            Add(claim.Length > 40 ? "data" : claim, "persistentVolumeClaim", new JsonObject
            {
                ["persistentVolumeClaim"] = new JsonObject { ["claimName"] = claim },
            });
        }

        int extra = _r.Weighted<int>([(0, 0.2), (1, 0.3), (2, 0.25), (3, 0.13), (5, 0.09), (8, 0.03)]);
        for (int i = 0; i < extra; i++)
        {
            string kind = _r.Weighted(VolumeKinds);
            Add(VolumeName(kind, owner), kind, VolumeSource(kind));
        }

        if (owner != "Node" && _r.Chance(0.85))
        {
            Add("kube-api-access-" + _r.Suffix(5), "kube-api-access", KubeApiAccess());
        }

        return list;
    }

    private string VolumeName(string kind, string owner) => kind switch
    {
        "emptyDir" => _r.Pick("tmp", "cache", "scratch", "shm", "logs"),
        "hostPath" => owner == "Node" ? _r.Pick("k8s-certs", "etcd-data", "kubeconfig") : _r.Pick("proc", "varlog", "containerd-sock", "dev"),
        "configMap" => _r.Pick("config", "app-config", "nginx-conf", "scripts"),
        "secret" => _r.Pick("tls", "secret-vol", "credentials", "webhook-cert"),
        "persistentVolumeClaim" => _r.Pick("data", "pgdata", "storage"),
        "projected" => _r.Pick("istio-token", "combined", "bound-token"),
        "ephemeral" => _r.Pick("scratch-volume", "ephemeral-data"),
        _ => kind.ToLowerInvariant() + "-vol",
    };

    private JsonObject KubeApiAccess()
    {
        var cm = new JsonObject
        {
            ["name"] = "kube-root-ca.crt",
            ["items"] = new JsonArray(new JsonObject { ["key"] = "ca.crt", ["path"] = "ca.crt" }),
        };
        if (_r.Chance(0.04))
        {
            // kubectl prints the *bool pointer of ConfigMapOptional / SecretOptionalName with %v: an address.
            cm["optional"] = false;
        }

        return new JsonObject
        {
            ["projected"] = new JsonObject
            {
                ["sources"] = new JsonArray(
                    new JsonObject
                    {
                        ["serviceAccountToken"] = new JsonObject { ["expirationSeconds"] = 3607, ["path"] = "token" },
                    },
                    new JsonObject { ["configMap"] = cm },
                    new JsonObject
                    {
                        ["downwardAPI"] = new JsonObject
                        {
                            ["items"] = new JsonArray(new JsonObject
                            {
                                ["path"] = "namespace",
                                ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = "metadata.namespace" },
                            }),
                        },
                    }),
                ["defaultMode"] = 420,
            },
        };
    }

    private JsonObject VolumeSource(string kind)
    {
        switch (kind)
        {
            case "emptyDir":
                var ed = new JsonObject();
                if (_r.Chance(0.3))
                {
                    ed["medium"] = _r.Chance(0.85) ? "Memory" : "HugePages";
                }

                if (_r.Chance(0.35))
                {
                    ed["sizeLimit"] = _r.Pick("1Gi", "500Mi", "64Mi", "2G", "0", "1.5Gi");
                }

                return new JsonObject { ["emptyDir"] = ed };
            case "hostPath":
                var hp = new JsonObject { ["path"] = _r.Pick("/proc", "/var/log", "/run/containerd/containerd.sock", "/etc/kubernetes/pki", "/var/lib/etcd", "/dev") };
                if (_r.Chance(0.7))
                {
                    hp["type"] = _r.Pick("", "", "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice");
                }

                return new JsonObject { ["hostPath"] = hp };
            case "configMap":
                var cm = new JsonObject { ["name"] = _r.Pick("app-config", "nginx-conf", "scripts", "kube-root-ca.crt") };
                if (_r.Chance(0.4))
                {
                    cm["items"] = new JsonArray(
                        new JsonObject { ["key"] = "app.conf", ["path"] = "app.conf" },
                        new JsonObject { ["key"] = "run.sh", ["path"] = "bin/run.sh", ["mode"] = 493 });
                }

                cm["defaultMode"] = _r.Pick(420, 420, 493, 256, 511);
                if (_r.Chance(0.35))
                {
                    cm["optional"] = _r.Chance(0.5);
                }

                return new JsonObject { ["configMap"] = cm };
            case "secret":
                var s = new JsonObject { ["secretName"] = _r.Pick("tls-cert", "app-secrets", "webhook-server-cert", "db-credentials") };
                if (_r.Chance(0.3))
                {
                    s["items"] = new JsonArray(new JsonObject { ["key"] = "tls.crt", ["path"] = "cert.pem" });
                }

                s["defaultMode"] = _r.Pick(420, 256, 288);
                if (_r.Chance(0.35))
                {
                    s["optional"] = _r.Chance(0.5);
                }

                return new JsonObject { ["secret"] = s };
            case "projected":
                var sources = new JsonArray();
                if (_r.Chance(0.6))
                {
                    var sat = new JsonObject { ["expirationSeconds"] = _r.Pick(3600, 7200, 43200, 600), ["path"] = "token" };
                    if (_r.Chance(0.5))
                    {
                        sat["audience"] = _r.Pick("istio-ca", "sts.amazonaws.com", "vault");
                    }

                    sources.Add(new JsonObject { ["serviceAccountToken"] = sat });
                }

                if (_r.Chance(0.6))
                {
                    var cmp = new JsonObject { ["name"] = _r.Pick("istio-ca-root-cert", "app-config") };
                    if (_r.Chance(0.3))
                    {
                        cmp["optional"] = _r.Chance(0.5);
                    }

                    sources.Add(new JsonObject { ["configMap"] = cmp });
                }

                if (_r.Chance(0.5))
                {
                    var sp = new JsonObject { ["name"] = _r.Pick("app-secrets", "tls-cert") };
                    if (_r.Chance(0.3))
                    {
                        sp["optional"] = true;
                    }

                    sources.Add(new JsonObject { ["secret"] = sp });
                }

                if (_r.Chance(0.5) || sources.Count == 0)
                {
                    sources.Add(new JsonObject
                    {
                        ["downwardAPI"] = new JsonObject
                        {
                            ["items"] = new JsonArray(new JsonObject
                            {
                                ["path"] = "labels",
                                ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = "metadata.labels" },
                            }),
                        },
                    });
                }

                return new JsonObject { ["projected"] = new JsonObject { ["sources"] = sources, ["defaultMode"] = 420 } };
            case "persistentVolumeClaim":
                var pvc = new JsonObject { ["claimName"] = _r.Pick("data-" + _r.Pick(Catalog.Words), "shared-storage", "model-cache") };
                if (_r.Chance(0.3))
                {
                    pvc["readOnly"] = true;
                }

                return new JsonObject { ["persistentVolumeClaim"] = pvc };
            case "downwardAPI":
                return new JsonObject
                {
                    ["downwardAPI"] = new JsonObject
                    {
                        ["items"] = new JsonArray(
                            new JsonObject { ["path"] = "labels", ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = "metadata.labels" } },
                            new JsonObject { ["path"] = "annotations", ["fieldRef"] = new JsonObject { ["apiVersion"] = "v1", ["fieldPath"] = "metadata.annotations" } },
                            new JsonObject
                            {
                                ["path"] = "cpu_limit",
                                ["resourceFieldRef"] = new JsonObject { ["containerName"] = "app", ["resource"] = "limits.cpu", ["divisor"] = "1m" },
                            }),
                        ["defaultMode"] = 420,
                    },
                };
            case "nfs":
                var nfs = new JsonObject { ["server"] = _r.Pick("10.0.0.42", "nfs.storage.internal", "fs-0123abcd.efs.example.internal"), ["path"] = _r.Pick("/exports/data", "/") };
                if (_r.Chance(0.4))
                {
                    nfs["readOnly"] = true;
                }

                return new JsonObject { ["nfs"] = nfs };
            case "csi":
                var csi = new JsonObject { ["driver"] = _r.Pick("secrets-store.csi.k8s.io", "csi.example.com", "file.csi.azure.com") };
                if (_r.Chance(0.6))
                {
                    csi["readOnly"] = true;
                }

                if (_r.Chance(0.3))
                {
                    csi["fsType"] = "ext4";
                }

                if (_r.Chance(0.7))
                {
                    csi["volumeAttributes"] = new JsonObject { ["secretProviderClass"] = "app-secrets", ["usePodIdentity"] = "false" };
                }

                return new JsonObject { ["csi"] = csi };
            case "ephemeral":
                var tmplSpec = new JsonObject
                {
                    ["accessModes"] = Json.Strings(["ReadWriteOnce"]),
                    ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = _r.Pick("1Gi", "10Gi") } },
                    ["volumeMode"] = "Filesystem",
                };
                if (_r.Chance(0.7))
                {
                    tmplSpec["storageClassName"] = _r.Pick("standard", "gp3", "premium-rwo");
                }

                var tmpl = new JsonObject { ["spec"] = tmplSpec };
                if (_r.Chance(0.4))
                {
                    tmpl["metadata"] = new JsonObject { ["labels"] = new JsonObject { ["type"] = "scratch" } };
                }

                return new JsonObject { ["ephemeral"] = new JsonObject { ["volumeClaimTemplate"] = tmpl } };
            case "iscsi":
                var iscsi = new JsonObject
                {
                    ["targetPortal"] = "10.0.2.15:3260",
                    ["iqn"] = "iqn.2001-04.com.example:storage.kube.sys1.xyz",
                    ["lun"] = 0,
                    ["iscsiInterface"] = "default",
                    ["fsType"] = "ext4",
                    ["readOnly"] = _r.Chance(0.5),
                };
                if (_r.Chance(0.5))
                {
                    iscsi["portals"] = Json.Strings(["10.0.2.16:3260", "10.0.2.17:3260"]);
                }

                if (_r.Chance(0.4))
                {
                    iscsi["chapAuthSession"] = true;
                    iscsi["secretRef"] = new JsonObject { ["name"] = "chap-secret" };
                }

                if (_r.Chance(0.3))
                {
                    iscsi["initiatorName"] = "iqn.1996-04.de.suse:01:123456789";
                }

                return new JsonObject { ["iscsi"] = iscsi };
            case "gcePersistentDisk":
                return new JsonObject { ["gcePersistentDisk"] = new JsonObject { ["pdName"] = "my-data-disk", ["fsType"] = "ext4", ["partition"] = _r.Pick(0, 1) } };
            case "awsElasticBlockStore":
                return new JsonObject { ["awsElasticBlockStore"] = new JsonObject { ["volumeID"] = "vol-0a1b2c3d4e5f67890", ["fsType"] = "ext4", ["readOnly"] = _r.Chance(0.3) } };
            case "gitRepo":
                return new JsonObject { ["gitRepo"] = new JsonObject { ["repository"] = "https://git.example.com/acme/config.git", ["revision"] = "22f1d8406d464b0c0874075539c1f2e96c253775" } };
            case "glusterfs":
                return new JsonObject { ["glusterfs"] = new JsonObject { ["endpoints"] = "glusterfs-cluster", ["path"] = "kube_vol", ["readOnly"] = true } };
            case "rbd":
                var rbd = new JsonObject
                {
                    ["monitors"] = Json.Strings(["10.16.154.78:6789", "10.16.154.82:6789"]),
                    ["image"] = "foo",
                    ["fsType"] = "ext4",
                    ["pool"] = "kube",
                    ["user"] = "admin",
                    ["keyring"] = "/etc/ceph/keyring",
                };
                if (_r.Chance(0.5))
                {
                    rbd["secretRef"] = new JsonObject { ["name"] = "ceph-secret" };
                }

                return new JsonObject { ["rbd"] = rbd };
            case "azureDisk":
                return new JsonObject
                {
                    ["azureDisk"] = new JsonObject
                    {
                        ["diskName"] = "myAKSDisk",
                        ["diskURI"] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Compute/disks/myAKSDisk",
                        ["cachingMode"] = "ReadOnly",
                        ["fsType"] = "ext4",
                        ["readOnly"] = false,
                        ["kind"] = "Managed",
                    },
                };
            case "azureFile":
                return new JsonObject { ["azureFile"] = new JsonObject { ["secretName"] = "azure-secret", ["shareName"] = "aksshare", ["readOnly"] = _r.Chance(0.5) } };
            case "vsphereVolume":
                return new JsonObject { ["vsphereVolume"] = new JsonObject { ["volumePath"] = "[DatastoreName] volumes/myDisk", ["fsType"] = "ext4", ["storagePolicyName"] = "gold" } };
            case "cinder":
                var cinder = new JsonObject { ["volumeID"] = "bd82f7e2-wece-4c01-a505-4acf60b07f4a", ["fsType"] = "ext4" };
                if (_r.Chance(0.5))
                {
                    cinder["secretRef"] = new JsonObject { ["name"] = "openstack-secret" };
                }

                return new JsonObject { ["cinder"] = cinder };
            case "cephfs":
                return new JsonObject
                {
                    ["cephfs"] = new JsonObject
                    {
                        ["monitors"] = Json.Strings(["10.16.154.78:6789"]),
                        ["path"] = "/volumes/app",
                        ["user"] = "admin",
                        ["secretFile"] = "/etc/ceph/admin.secret",
                        ["readOnly"] = true,
                    },
                };
            case "fc":
                var fc = new JsonObject { ["targetWWNs"] = Json.Strings(["500a0982991b8dc5", "500a0982891b8dc5"]), ["fsType"] = "ext4" };
                if (_r.Chance(0.6))
                {
                    fc["lun"] = 2;
                }

                return new JsonObject { ["fc"] = fc };
            case "flexVolume":
                return new JsonObject
                {
                    ["flexVolume"] = new JsonObject
                    {
                        ["driver"] = "example.com/lvm",
                        ["fsType"] = "ext4",
                        ["options"] = new JsonObject { ["volumeID"] = "vol1", ["size"] = "1000m" },
                    },
                };
            case "flocker":
                return new JsonObject { ["flocker"] = new JsonObject { ["datasetName"] = "my-flocker-vol" } };
            case "portworxVolume":
                return new JsonObject { ["portworxVolume"] = new JsonObject { ["volumeID"] = "pxvol", ["fsType"] = "ext4" } };
            case "scaleIO":
                return new JsonObject
                {
                    ["scaleIO"] = new JsonObject
                    {
                        ["gateway"] = "https://localhost:443/api",
                        ["system"] = "scaleio",
                        ["protectionDomain"] = "pd01",
                        ["storagePool"] = "sp01",
                        ["storageMode"] = "ThinProvisioned",
                        ["volumeName"] = "vol-0",
                        ["secretRef"] = new JsonObject { ["name"] = "sio-secret" },
                        ["fsType"] = "xfs",
                    },
                };
            case "storageos":
                return new JsonObject { ["storageos"] = new JsonObject { ["volumeName"] = "redis-vol01", ["volumeNamespace"] = "default", ["fsType"] = "ext4" } };
            case "photonPersistentDisk":
                return new JsonObject { ["photonPersistentDisk"] = new JsonObject { ["pdID"] = "some-pdid", ["fsType"] = "ext4" } };
            case "quobyte":
                return new JsonObject { ["quobyte"] = new JsonObject { ["registry"] = "registry:7861", ["volume"] = "testVolume", ["readOnly"] = true } };
            default: // image
                var img = new JsonObject { ["reference"] = _r.Pick("registry.example.com/models/llama:v1", "quay.example.com/artifacts/data:2024") };
                img["pullPolicy"] = _r.Pick("IfNotPresent", "Always");
                return new JsonObject { ["image"] = img };
        }
    }
}
