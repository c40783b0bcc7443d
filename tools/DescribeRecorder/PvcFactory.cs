using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>PersistentVolumeClaims, Bound and Pending and the odd states, with the events their controllers emit.</summary>
internal sealed class PvcFactory
{
    /// <summary>One scenario per capture index; further traits (Terminating, Block, DataSource, no finalizers)
    /// are laid over them by index so that each shows in a few of the 15 captures.</summary>
    public static readonly string[] Scenarios =
    [
        "pending-no-class", "pending-wffc", "pending-provisioning-failed", "pending-no-class", "lost", "resizing", "bound-static",
        "pending-provisioning-failed", "lost", "resizing", "pending-no-class", "pending-wffc", "lost", "resizing",
        "pending-provisioning-failed",
    ];

    private readonly Rng _r;
    private readonly DateTimeOffset _now;

    public PvcFactory(Rng r, DateTimeOffset now)
    {
        _r = r;
        _now = now;
    }

    public PvcModel Create(string ns, int index, IReadOnlyList<NodeModel> nodes)
    {
        string scenario = Scenarios[index % Scenarios.Length];
        bool terminating = index % 5 == 0;
        bool block = index % 4 == 1;
        bool dataSource = index % 4 == 2;
        bool noFinalizers = index % 5 == 3;
        bool ephemeral = index % 7 == 4;
        string name = ephemeral
            ? "worker-" + _r.Suffix(5) + "-scratch-volume"
            : _r.Pick("data-postgres-0", "redis-data", "shared-storage", "model-cache", "data-kafka-2", "www", "a", "prometheus-k8s-db-prometheus-k8s-0", "elasticsearch-data-elasticsearch-master-1");
        var created = _now.AddSeconds(-_r.Int(60, 200 * 86400));
        string uid = _r.Uid();
        bool bound = scenario is "bound" or "bound-static" or "resizing" or "lost";
        string? storageClass = scenario switch
        {
            "pending-no-class" => null,
            "bound-static" => string.Empty,
            _ => _r.Pick("gp3", "standard", "premium-rwo", "managed-csi", "local-path", "ceph-rbd", "a-long-storage-class-name-for-column-widths"),
        };
        string provisioner = storageClass switch
        {
            "gp3" => "ebs.csi.aws.com",
            "standard" or "premium-rwo" => "pd.csi.storage.gke.io",
            "managed-csi" => "disk.csi.azure.com",
            "local-path" => "rancher.io/local-path",
            _ => "rbd.csi.ceph.com",
        };
        string size = _r.Pick("1Gi", "10Gi", "8Gi", "100Gi", "500Mi", "1Ti", "20G");
        string pvName = "pvc-" + uid;
        var node = nodes.Count > 0 ? _r.Pick(nodes) : null;

        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (_r.Chance(0.6))
        {
            labels["app"] = _r.Pick("postgres", "redis", "kafka", "prometheus");
        }

        if (_r.Chance(0.3))
        {
            labels["app.kubernetes.io/managed-by"] = "Helm";
        }

        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (bound)
        {
            annotations["pv.kubernetes.io/bind-completed"] = "yes";
            annotations["pv.kubernetes.io/bound-by-controller"] = "yes";
        }

        if (!string.IsNullOrEmpty(storageClass))
        {
            annotations["volume.beta.kubernetes.io/storage-provisioner"] = provisioner;
            annotations["volume.kubernetes.io/storage-provisioner"] = provisioner;
        }

        if (scenario is "pending-wffc" && node is not null && _r.Chance(0.7))
        {
            annotations["volume.kubernetes.io/selected-node"] = node.Name;
        }

        if (_r.Chance(0.2))
        {
            annotations["meta.helm.sh/release-name"] = "my-release";
            annotations["meta.helm.sh/release-namespace"] = ns;
        }

        var md = new JsonObject
        {
            ["name"] = name,
            ["namespace"] = ns,
            ["uid"] = uid,
            ["resourceVersion"] = _r.Long(1000, 999_999_999).ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = Json.Time(created),
        };
        if (labels.Count > 0)
        {
            md["labels"] = Json.Map(labels);
        }

        if (annotations.Count > 0)
        {
            md["annotations"] = Json.Map(annotations);
        }

        if (terminating)
        {
            md["deletionTimestamp"] = Json.Time(_now.AddSeconds(-_r.Int(30, 90000)));
            md["deletionGracePeriodSeconds"] = 0;
        }

        md["finalizers"] = Json.Strings(noFinalizers ? [] : ["kubernetes.io/pvc-protection"]);

        string accessMode = _r.Weighted<string>([("ReadWriteOnce", 0.75), ("ReadWriteMany", 0.1), ("ReadOnlyMany", 0.05), ("ReadWriteOncePod", 0.1)]);
        var spec = new JsonObject
        {
            ["accessModes"] = _r.Chance(0.1) ? Json.Strings(["ReadWriteOnce", "ReadOnlyMany"]) : Json.Strings([accessMode]),
            ["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = size } },
        };
        if (bound)
        {
            spec["volumeName"] = pvName;
        }

        if (storageClass is not null)
        {
            spec["storageClassName"] = storageClass;
        }

        if (_r.Chance(0.85) || block)
        {
            spec["volumeMode"] = block ? "Block" : "Filesystem";
        }

        if (dataSource)
        {
            bool snap = _r.Chance(0.6);
            var ds = new JsonObject();
            if (snap)
            {
                ds["apiGroup"] = "snapshot.storage.k8s.io";
            }

            ds["kind"] = snap ? "VolumeSnapshot" : "PersistentVolumeClaim";
            ds["name"] = snap ? "nightly-snap-" + _r.Int(1, 31).ToString(CultureInfo.InvariantCulture) : "data-postgres-0";
            spec["dataSource"] = ds;
            spec["dataSourceRef"] = ds.DeepClone();
        }

        if (ephemeral)
        {
            labels["type"] = "scratch";
            md["labels"] = Json.Map(labels);
        }

        var status = new JsonObject
        {
            ["phase"] = scenario switch
            {
                "lost" => "Lost",
                _ when bound => "Bound",
                _ => "Pending",
            },
        };
        if (bound)
        {
            status["accessModes"] = spec["accessModes"]!.DeepClone();
            string cap = scenario == "resizing" ? size : _r.Chance(0.8) ? size : _r.Pick("10Gi", "16Gi");
            status["capacity"] = new JsonObject { ["storage"] = cap };
        }

        if (scenario == "resizing")
        {
            spec["resources"] = new JsonObject { ["requests"] = new JsonObject { ["storage"] = "200Gi" } };
            status["conditions"] = _r.Chance(0.5)
                ? new JsonArray(new JsonObject
                {
                    ["type"] = "FileSystemResizePending",
                    ["status"] = "True",
                    ["lastProbeTime"] = null,
                    ["lastTransitionTime"] = Json.Time(_now.AddSeconds(-_r.Int(60, 9000))),
                    ["message"] = "Waiting for user to (re-)start a pod to finish file system resize of volume on node.",
                })
                : new JsonArray(new JsonObject
                {
                    ["type"] = "Resizing",
                    ["status"] = "True",
                    ["lastProbeTime"] = Json.Time(_now.AddSeconds(-_r.Int(1, 60))),
                    ["lastTransitionTime"] = Json.Time(_now.AddSeconds(-_r.Int(60, 9000))),
                    ["reason"] = "ControllerResizeError",
                    ["message"] = "resize volume \"" + pvName + "\" by resizer \"" + provisioner + "\" failed: rpc error: code = Internal desc = Could not resize volume: VolumeModificationRateExceeded",
                });
            status["allocatedResources"] = new JsonObject { ["storage"] = "200Gi" };
        }

        var pvc = new PvcModel
        {
            Namespace = ns,
            Name = name,
            Scenario = ephemeral ? "ephemeral" : scenario,
            Json = new JsonObject
            {
                ["kind"] = "PersistentVolumeClaim",
                ["apiVersion"] = "v1",
                ["metadata"] = md,
                ["spec"] = spec,
                ["status"] = status,
            },
        };

        if (index is not (1 or 11))
        {
            Events(pvc, uid, scenario, provisioner, pvName, created, storageClass);
        }
        return pvc;
    }

    private void Events(PvcModel pvc, string uid, string scenario, string provisioner, string pvName, DateTimeOffset created, string? storageClass)
    {
        var ev = new EventFactory(_r, _now);
        var obj = new InvolvedObject("PersistentVolumeClaim", pvc.Namespace, pvc.Name, uid, "v1");
        var recent = _now.AddSeconds(-_r.Int(1, 600));
        var t = created.AddSeconds(1);
        string ctl = "persistentvolume-controller";
        string ext = provisioner + "_" + provisioner.Split('.')[0] + "-csi-controller-" + _r.Suffix(10) + "-" + _r.Suffix(5) + "_" + _r.Uid();
        string extMessage = "Waiting for a volume to be created either by the external provisioner '" + provisioner + "' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.";
        if (created < _now.AddHours(-3) && scenario is "bound" or "bound-static" && _r.Chance(0.6))
        {
            return; // old, quiet claim: "Events: <none>"
        }

        switch (scenario)
        {
            case "pending-wffc":
                pvc.Events.Add(ev.Classic(obj, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding", ctl, null, t, recent, _r.Int(1, 500)));
                break;
            case "pending-no-class":
                pvc.Events.Add(ev.Classic(obj, "Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set", ctl, null, t, recent, _r.Int(1, 500)));
                break;
            case "pending-provisioning-failed":
                pvc.Events.Add(ev.Classic(obj, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding", ctl, null, t, t.AddSeconds(20), _r.Int(1, 5)));
                pvc.Events.Add(ev.Classic(obj, "Normal", "ExternalProvisioning", extMessage, ctl, null, t, recent, _r.Int(1, 500)));
                pvc.Events.Add(ev.Classic(obj, "Normal", "Provisioning", "External provisioner is provisioning volume for claim \"" + pvc.Namespace + "/" + pvc.Name + "\"", provisioner, null, t, recent, _r.Int(1, 50)));
                pvc.Events.Add(ev.Classic(obj, "Warning", "ProvisioningFailed", _r.Pick(
                    "failed to provision volume with StorageClass \"" + storageClass + "\": rpc error: code = ResourceExhausted desc = Could not create volume \"" + pvName + "\": quota exceeded",
                    "failed to provision volume with StorageClass \"" + storageClass + "\": rpc error: code = InvalidArgument desc = Volume capabilities not supported",
                    "storageclass.storage.k8s.io \"" + storageClass + "\" not found"), provisioner, null, t, recent, _r.Int(1, 50)));
                break;
            case "bound-static":
                break; // bound at once to a pre-provisioned volume: no events
            case "lost":
                pvc.Events.Add(ev.Classic(obj, "Warning", "ClaimLost", "Bound claim has lost its PersistentVolume. Data on the volume is lost!", ctl, null, recent, recent, 1));
                break;
            case "resizing":
                pvc.Events.Add(ev.Classic(obj, "Normal", "ProvisioningSucceeded", "Successfully provisioned volume " + pvName, ext, null, t.AddSeconds(9), t.AddSeconds(9), 1));
                pvc.Events.Add(ev.Classic(obj, "Normal", "Resizing", "External resizer is resizing volume " + pvName, "external-resizer " + provisioner, null, recent.AddSeconds(-60), recent, _r.Int(1, 10)));
                pvc.Events.Add(ev.Classic(obj, "Warning", "VolumeResizeFailed", "resize volume \"" + pvName + "\" by resizer \"" + provisioner + "\" failed: rpc error: code = Internal desc = Could not resize volume: VolumeModificationRateExceeded", "external-resizer " + provisioner, null, recent.AddSeconds(-50), recent, _r.Int(1, 10)));
                pvc.Events.Add(ev.Classic(obj, "Normal", "FileSystemResizeRequired", "Require file system resize of volume on node", "external-resizer " + provisioner, null, recent, recent, 1));
                break;
            default:
                if (!string.IsNullOrEmpty(storageClass))
                {
                    if (_r.Chance(0.5))
                    {
                        pvc.Events.Add(ev.Classic(obj, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding", ctl, null, t, t.AddSeconds(5), 2));
                    }

                    pvc.Events.Add(ev.Classic(obj, "Normal", "ExternalProvisioning", extMessage, ctl, null, t.AddSeconds(6), t.AddSeconds(8), 2));
                    pvc.Events.Add(ev.Classic(obj, "Normal", "Provisioning", "External provisioner is provisioning volume for claim \"" + pvc.Namespace + "/" + pvc.Name + "\"", ext, null, t.AddSeconds(6), t.AddSeconds(6), 1));
                    pvc.Events.Add(ev.Classic(obj, "Normal", "ProvisioningSucceeded", "Successfully provisioned volume " + pvName, ext, null, t.AddSeconds(9), t.AddSeconds(9), 1));
                }

                break;
        }
    }
}
