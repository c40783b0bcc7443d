using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>What to capture, and from which objects.</summary>
internal sealed record CapturePlan(string Kind, string Namespace, string Name, string Label);

/// <summary>Generates the whole served cluster (nodes, leases, pods, PVCs, events) and the list of captures.</summary>
internal sealed class ClusterFactory
{
    private readonly ulong _seed;
    private readonly DateTimeOffset _now;

    public ClusterFactory(ulong seed, DateTimeOffset now)
    {
        _seed = seed;
        _now = now;
    }

    public ClusterModel Cluster { get; } = new();

    public List<CapturePlan> Captures { get; } = [];

    private readonly HashSet<string> _podKeys = new(StringComparer.Ordinal);

    private bool NameTaken(string ns, string name) => _podKeys.Contains(ns + "/" + name);

    public void Build(int singles, int multis, int nodes, int pvcs)
    {
        var r = Rng.Derive(_seed, "cluster", 0);
        int poolSize = Math.Max(nodes + 3, Math.Max(8, (singles + multis * 4 + pvcs * 3) / 3));
        for (int i = 0; i < poolSize; i++)
        {
            Cluster.Nodes.Add(CreateNode(Rng.Derive(_seed, "node", i), i));
        }

        // Nodes 1, 7 and 12 (when there are enough) carry no pods: "(0 in total)".
        var placeable = Cluster.Nodes.Where((n, i) => poolSize < 14 || i is not (1 or 7 or 12)).ToList();

        // Single-pod captures: every scenario in turn first, so each shows at least a few times, then by weight.
        for (int i = 0; i < singles; i++)
        {
            var pr = Rng.Derive(_seed, "pod", i);
            string scenario = i < PodFactory.Scenarios.Length * 3 ? PodFactory.Scenarios[i % PodFactory.Scenarios.Length].Item : pr.Weighted(PodFactory.Scenarios);
            string ns = scenario == "static-pod" ? "kube-system" : pr.Pick(Catalog.Namespaces);
            var node = PlaceFor(pr, scenario, placeable);
            var pod = AddPod(pr, new PodPlan(scenario, ns, node, Cluster.Nodes));
            Captures.Add(new CapturePlan("pod", pod.Namespace, pod.Name, pod.Name));
            if (pr.Chance(0.05))
            {
                AddStrayEvent(pr, pod);
            }
        }

        // Multi-pod captures: a namespace of 2..5 pods, often replicas of one workload.
        for (int i = 0; i < multis; i++)
        {
            var mr = Rng.Derive(_seed, "multi", i);
            string ns = "multi-" + (i + 1).ToString("00", CultureInfo.InvariantCulture) + "-" + mr.Pick(Catalog.Words);
            int n = mr.Int(2, 6);
            string app = mr.Pick(Catalog.AppNames);
            for (int j = 0; j < n; j++)
            {
                var pr = Rng.Derive(_seed, "multi-pod", (i * 10) + j);
                string scenario = pr.Weighted(PodFactory.Scenarios);
                if (scenario == "static-pod")
                {
                    scenario = "crashloop-error";
                }

                var node = PlaceFor(pr, scenario, placeable);
                AddPod(pr, new PodPlan(scenario, ns, node, Cluster.Nodes, null, mr.Chance(0.7) ? app : null));
            }

            Captures.Add(new CapturePlan("pods", ns, string.Empty, ns));
        }

        // Node captures: the first nodes of the pool, so some carry pods and node 1 carries none.
        for (int i = 0; i < Math.Min(nodes, Cluster.Nodes.Count); i++)
        {
            var nd = Cluster.Nodes[i];
            Captures.Add(new CapturePlan("node", string.Empty, nd.Name, nd.Name));
        }

        // PVC captures, each in its own namespace with the pods that use it (kubectl lists them for "Used By").
        for (int i = 0; i < pvcs; i++)
        {
            var vr = Rng.Derive(_seed, "pvc", i);
            string ns = "storage-" + (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var pvc = new PvcFactory(vr, _now).Create(ns, i, Cluster.Nodes);
            Cluster.Pvcs.Add(pvc);
            int users = pvc.Scenario is "bound" or "bound-static" or "resizing" or "lost" or "ephemeral" ? vr.Int(0, 3) : vr.Int(0, 2);
            for (int j = 0; j < users; j++)
            {
                var pr = Rng.Derive(_seed, "pvc-pod", (i * 10) + j);
                string scenario = pvc.Scenario.StartsWith("pending", StringComparison.Ordinal) ? pr.Pick("unschedulable", "container-creating") : pr.Pick("healthy", "crashloop-error", "container-creating", "healthy");
                var node = scenario == "unschedulable" ? null : pr.Pick(placeable);
                AddPod(pr, new PodPlan(scenario, ns, node, Cluster.Nodes, [pvc.Name]));
            }

            if (vr.Chance(0.3))
            {
                // A pod in the namespace that does not use the claim: must not be listed under "Used By".
                var pr = Rng.Derive(_seed, "pvc-other", i);
                AddPod(pr, new PodPlan("healthy", ns, pr.Pick(placeable), Cluster.Nodes));
            }

            if (pvc.Scenario == "ephemeral")
            {
                // The owner pod of an ephemeral-volume claim: "Used By" comes from the ownerReference.
                var owner = Cluster.Pods.LastOrDefault(p => p.Namespace == ns);
                if (owner is not null)
                {
                    pvc.Json["metadata"]!["ownerReferences"] = new JsonArray(new JsonObject
                    {
                        ["apiVersion"] = "v1",
                        ["kind"] = "Pod",
                        ["name"] = owner.Name,
                        ["uid"] = owner.Uid,
                        ["controller"] = true,
                        ["blockOwnerDeletion"] = true,
                    });
                }
            }

            Captures.Add(new CapturePlan("pvc", ns, pvc.Name, pvc.Name));
        }

        _ = r;
    }

    private static NodeModel? PlaceFor(Rng r, string scenario, List<NodeModel> placeable)
    {
        if (scenario == "unschedulable")
        {
            return null;
        }

        if (scenario == "node-lost")
        {
            var lost = placeable.Where(n => !n.Ready).ToList();
            if (lost.Count > 0)
            {
                return r.Pick(lost);
            }
        }

        return r.Pick(placeable);
    }

    private PodModel AddPod(Rng r, PodPlan plan)
    {
        var pod = new PodFactory(r, _now).Create(plan, NameTaken);
        _podKeys.Add(pod.Namespace + "/" + pod.Name);
        Cluster.Pods.Add(pod);
        return pod;
    }

    private void AddStrayEvent(Rng r, PodModel pod)
    {
        // An event about an earlier pod of the same name (another UID): the field selector must drop it.
        var ev = new EventFactory(r, _now);
        Cluster.StrayEvents.Add(ev.Classic(
            new InvolvedObject("Pod", pod.Namespace, pod.Name, r.Uid(), "v1"),
            "Warning", "FailedScheduling", "stale event of a previous pod with the same name", "default-scheduler", null,
            _now.AddMinutes(-30), _now.AddMinutes(-20), 3));
    }

    // ----------------------------------------------------------------------------------------------------
    // Nodes

    private NodeModel CreateNode(Rng r, int index)
    {
        string style = index == 0 ? "kind" : r.Pick("eks", "gke", "aks", "plain", "eks", "gke");
        string ip = "10." + r.Int(0, 4).ToString(CultureInfo.InvariantCulture) + "." + r.Int(0, 255).ToString(CultureInfo.InvariantCulture) + "." + r.Int(2, 254).ToString(CultureInfo.InvariantCulture);
        string name = style switch
        {
            "kind" => "kind-control-plane",
            "eks" => "ip-" + ip.Replace('.', '-') + ".ec2.internal",
            "gke" => "gke-prod-default-pool-" + r.Hex(8) + "-" + r.Suffix(4),
            "aks" => "aks-nodepool1-" + r.Int(10000000, 99999999).ToString(CultureInfo.InvariantCulture) + "-vmss" + r.Int(0, 100).ToString("000000", CultureInfo.InvariantCulture),
            _ => r.Pick("worker-", "node", "k8s-worker-") + index.ToString(CultureInfo.InvariantCulture),
        };
        if (index == 5)
        {
            name = "a-deliberately-long-node-name-to-stretch-columns-" + r.Suffix(6) + ".compute.internal";
        }

        string runtime = style == "plain" ? r.Pick("docker", "docker", "cri-o", "containerd") : r.Chance(0.88) ? "containerd" : "cri-o";
        // The first nodes (the ones captured) each get a trait, so every node feature shows a few times.
        bool ready = index is not (1 or 3 or 8) && r.Chance(0.95);
        bool gpu = index % 5 == 4;
        var created = _now.AddSeconds(-r.Int(3600, 400 * 86400));
        var node = new NodeModel
        {
            Name = name,
            Uid = r.Uid(),
            InternalIp = ip,
            InternalIpV6 = index is 2 or 6 or 11 || r.Chance(0.15) ? "fd00:10:" + r.Hex(4) + "::" + r.Hex(2) : null,
            Runtime = runtime,
            Zone = r.Pick(Catalog.Zones),
            Ready = ready,
            HasGpu = gpu,
            Created = created,
        };
        node.Json = NodeJson(r, node, style, index);
        if (index is not (2 or 9 or 13))
        {
            var renew = ready ? _now.AddSeconds(-r.Int(0, 10)) : _now.AddSeconds(-r.Int(300, 90000));
            var spec = new JsonObject { ["holderIdentity"] = name, ["leaseDurationSeconds"] = 40 };
            if (r.Chance(0.2))
            {
                spec["acquireTime"] = Json.MicroTime(created.AddSeconds(30));
            }

            spec["renewTime"] = Json.MicroTime(renew);
            node.Lease = new JsonObject
            {
                ["kind"] = "Lease",
                ["apiVersion"] = "coordination.k8s.io/v1",
                ["metadata"] = new JsonObject
                {
                    ["name"] = name,
                    ["namespace"] = "kube-node-lease",
                    ["uid"] = r.Uid(),
                    ["resourceVersion"] = r.Long(1000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    ["creationTimestamp"] = Json.Time(created),
                    ["ownerReferences"] = new JsonArray(new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Node", ["name"] = name, ["uid"] = node.Uid }),
                },
                ["spec"] = spec,
            };
        }

        NodeEvents(r, node, index);
        return node;
    }

    private JsonObject NodeJson(Rng r, NodeModel n, string style, int index)
    {
        bool cp = style == "kind";
        string arch = r.Chance(0.8) ? "amd64" : "arm64";
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["beta.kubernetes.io/arch"] = arch,
            ["beta.kubernetes.io/os"] = "linux",
            ["kubernetes.io/arch"] = arch,
            ["kubernetes.io/hostname"] = n.Name.Length <= 63 ? n.Name : n.Name[..63].TrimEnd('.', '-'),
            ["kubernetes.io/os"] = "linux",
        };
        string instanceType = style switch
        {
            "eks" => n.HasGpu ? "g5.2xlarge" : r.Pick("m5.xlarge", "m6i.2xlarge", "t3.medium", "r6g.large"),
            "gke" => n.HasGpu ? "a2-highgpu-1g" : r.Pick("e2-standard-4", "n2-standard-8"),
            "aks" => r.Pick("Standard_D4s_v5", "Standard_E8s_v5"),
            _ => string.Empty,
        };
        if (instanceType.Length > 0)
        {
            labels["node.kubernetes.io/instance-type"] = instanceType;
            labels["beta.kubernetes.io/instance-type"] = instanceType;
            labels["topology.kubernetes.io/zone"] = n.Zone;
            labels["topology.kubernetes.io/region"] = n.Zone switch
            {
                "us-east-1a" or "us-east-1b" or "us-east-1c" => "us-east-1",
                "europe-west4-a" => "europe-west4",
                "eastus-2" => "eastus",
                _ => "region-1",
            };
        }

        switch (style)
        {
            case "eks":
                labels["eks.amazonaws.com/nodegroup"] = r.Pick("general", "gpu-ng", "spot-workers");
                labels["eks.amazonaws.com/capacityType"] = r.Pick("ON_DEMAND", "SPOT");
                break;
            case "gke":
                labels["cloud.google.com/gke-nodepool"] = "default-pool";
                labels["cloud.google.com/gke-os-distribution"] = "cos";
                break;
            case "aks":
                labels["agentpool"] = "nodepool1";
                labels["kubernetes.azure.com/role"] = "agent";
                labels["kubernetes.io/role"] = "agent";
                break;
            case "kind":
                labels["node-role.kubernetes.io/control-plane"] = string.Empty;
                labels["node.kubernetes.io/exclude-from-external-load-balancers"] = string.Empty;
                break;
            default:
                if (r.Chance(0.5))
                {
                    labels["node-role.kubernetes.io/worker"] = "true";
                }

                if (r.Chance(0.3))
                {
                    labels["node-role.kubernetes.io/ingress"] = string.Empty;
                }

                break;
        }

        if (n.HasGpu)
        {
            labels["nvidia.com/gpu.present"] = "true";
            labels["nvidia.com/gpu.product"] = "NVIDIA-A10G";
        }

        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["node.alpha.kubernetes.io/ttl"] = "0",
            ["volumes.kubernetes.io/controller-managed-attach-detach"] = "true",
        };
        if (style is "kind" or "plain")
        {
            annotations["kubeadm.alpha.kubernetes.io/cri-socket"] = n.Runtime switch
            {
                "cri-o" => "unix:///var/run/crio/crio.sock",
                "docker" => "unix:///var/run/cri-dockerd.sock",
                _ => "unix:///run/containerd/containerd.sock",
            };
        }

        if (style == "eks")
        {
            annotations["alpha.kubernetes.io/provided-node-ip"] = n.InternalIp;
            annotations["csi.volume.kubernetes.io/nodeid"] = "{\"ebs.csi.aws.com\":\"i-0" + r.Hex(16) + "\",\"efs.csi.aws.com\":\"i-0" + r.Hex(16) + "\"}";
        }

        if (r.Chance(0.15))
        {
            annotations["example.com/notes"] = "multi-line\nnode annotation\nwith three lines";
        }

        var taints = new JsonArray();
        if (cp)
        {
            taints.Add(new JsonObject { ["key"] = "node-role.kubernetes.io/control-plane", ["effect"] = "NoSchedule" });
        }

        if (!n.Ready)
        {
            string key = r.Chance(0.5) ? "node.kubernetes.io/unreachable" : "node.kubernetes.io/not-ready";
            taints.Add(new JsonObject { ["key"] = key, ["effect"] = "NoSchedule", ["timeAdded"] = Json.Time(_now.AddSeconds(-r.Int(300, 90000))) });
            taints.Add(new JsonObject { ["key"] = key, ["effect"] = "NoExecute", ["timeAdded"] = Json.Time(_now.AddSeconds(-r.Int(300, 90000))) });
        }

        bool cordoned = index is 1 or 6 || r.Chance(0.08);
        if (cordoned)
        {
            taints.Add(new JsonObject { ["key"] = "node.kubernetes.io/unschedulable", ["effect"] = "NoSchedule", ["timeAdded"] = Json.Time(_now.AddSeconds(-r.Int(300, 90000))) });
        }

        if (n.HasGpu)
        {
            taints.Add(new JsonObject { ["key"] = "nvidia.com/gpu", ["value"] = "present", ["effect"] = "NoSchedule" });
        }

        if (r.Chance(0.1))
        {
            taints.Add(new JsonObject { ["key"] = "DeletionCandidateOfClusterAutoscaler", ["value"] = r.Int(1_700_000_000, 1_800_000_000).ToString(CultureInfo.InvariantCulture), ["effect"] = "PreferNoSchedule" });
        }

        if (r.Chance(0.1))
        {
            taints.Add(new JsonObject { ["key"] = "dedicated", ["value"] = "batch", ["effect"] = "NoSchedule" });
        }

        var spec = new JsonObject();
        string cidr = "10.244." + index.ToString(CultureInfo.InvariantCulture) + ".0/24";
        spec["podCIDR"] = cidr;
        spec["podCIDRs"] = n.InternalIpV6 is null ? Json.Strings([cidr]) : Json.Strings([cidr, "fd00:10:244:" + index.ToString(CultureInfo.InvariantCulture) + "::/64"]);
        switch (style)
        {
            case "eks":
                spec["providerID"] = "aws:///" + n.Zone + "/i-0" + r.Hex(16);
                break;
            case "gke":
                spec["providerID"] = "gce://acme-prod/" + n.Zone + "/" + n.Name;
                break;
            case "aks":
                spec["providerID"] = "azure:///subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/mc_rg_aks_eastus/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool1-vmss/virtualMachines/" + r.Int(0, 20).ToString(CultureInfo.InvariantCulture);
                break;
            case "kind":
                spec["providerID"] = "kind://docker/kind/kind-control-plane";
                break;
        }

        if (taints.Count > 0)
        {
            spec["taints"] = taints;
        }

        if (cordoned)
        {
            spec["unschedulable"] = true;
        }

        int cpu = r.Pick(2, 4, 8, 16, 32, 96);
        long memKi = cpu * r.Pick(2L, 4L, 8L) * 1024 * 1024 - r.Int(100_000, 900_000);
        var capacity = new JsonObject
        {
            ["cpu"] = cpu.ToString(CultureInfo.InvariantCulture),
            ["ephemeral-storage"] = r.Pick("101430960Ki", "83873772Ki", "203056560Ki", "52416492Ki"),
            ["hugepages-1Gi"] = "0",
            ["hugepages-2Mi"] = r.Chance(0.2) ? "1Gi" : "0",
            ["memory"] = memKi.ToString(CultureInfo.InvariantCulture) + "Ki",
            ["pods"] = r.Pick("110", "29", "58", "250", "17"),
        };
        var allocatable = new JsonObject
        {
            ["cpu"] = (cpu * 1000 - r.Pick(80, 90, 140, 230)).ToString(CultureInfo.InvariantCulture) + "m",
            ["ephemeral-storage"] = (long.Parse(capacity["ephemeral-storage"]!.GetValue<string>().TrimEnd('K', 'i'), CultureInfo.InvariantCulture) * 1024 * 92 / 100).ToString(CultureInfo.InvariantCulture),
            ["hugepages-1Gi"] = "0",
            ["hugepages-2Mi"] = capacity["hugepages-2Mi"]!.GetValue<string>(),
            ["memory"] = (memKi - r.Int(500_000, 2_000_000)).ToString(CultureInfo.InvariantCulture) + "Ki",
            ["pods"] = capacity["pods"]!.GetValue<string>(),
        };
        if (n.HasGpu)
        {
            capacity["nvidia.com/gpu"] = "4";
            allocatable["nvidia.com/gpu"] = "4";
        }

        if (r.Chance(0.15))
        {
            capacity["attachable-volumes-aws-ebs"] = "25";
            allocatable["attachable-volumes-aws-ebs"] = "25";
        }

        var conditions = new JsonArray();
        var hb = n.Ready ? _now.AddSeconds(-r.Int(1, 300)) : _now.AddSeconds(-r.Int(600, 90000));
        var since = n.Created.AddSeconds(r.Int(10, 60));
        JsonObject Cond(string type, string status, string reason, string message, DateTimeOffset? heartbeat, DateTimeOffset transition) => new()
        {
            ["type"] = type,
            ["status"] = status,
            ["lastHeartbeatTime"] = heartbeat is null ? null : Json.Time(heartbeat.Value),
            ["lastTransitionTime"] = Json.Time(transition),
            ["reason"] = reason,
            ["message"] = message,
        };

        if (style == "gke" || r.Chance(0.2))
        {
            conditions.Add(Cond("NetworkUnavailable", "False", style == "gke" ? "RouteCreated" : "CalicoIsUp", style == "gke" ? "NodeController create implicit route" : "Calico is running on this node", style == "gke" ? hb.AddDays(-3) : hb, since));
        }

        if (r.Chance(0.35))
        {
            conditions.Add(Cond("KernelDeadlock", "False", "KernelHasNoDeadlock", "kernel has no deadlock", hb, since));
            conditions.Add(Cond("ReadonlyFilesystem", "False", "FilesystemIsNotReadOnly", "Filesystem is not read-only", hb, since));
            conditions.Add(Cond("FrequentContainerdRestart", "False", "NoFrequentContainerdRestart", "containerd is functioning properly", hb, since));
        }

        if (n.Ready)
        {
            bool memPressure = r.Chance(0.1);
            bool diskPressure = r.Chance(0.1);
            var t = _now.AddSeconds(-r.Int(60, 3000));
            conditions.Add(memPressure
                ? Cond("MemoryPressure", "True", "KubeletHasInsufficientMemory", "kubelet has insufficient memory available", hb, t)
                : Cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available", hb, since));
            conditions.Add(diskPressure
                ? Cond("DiskPressure", "True", "KubeletHasDiskPressure", "kubelet has disk pressure", hb, t)
                : Cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure", hb, since));
            conditions.Add(Cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available", hb, since));
            conditions.Add(Cond("Ready", "True", "KubeletReady", r.Chance(0.9) ? "kubelet is posting ready status" : "kubelet is posting ready status. AppArmor enabled", hb, since.AddSeconds(20)));
        }
        else
        {
            var lost = hb.AddSeconds(40);
            const string msg = "Kubelet stopped posting node status.";
            conditions.Add(Cond("MemoryPressure", "Unknown", "NodeStatusUnknown", msg, hb, lost));
            conditions.Add(Cond("DiskPressure", "Unknown", "NodeStatusUnknown", msg, hb, lost));
            conditions.Add(Cond("PIDPressure", "Unknown", "NodeStatusUnknown", msg, hb, lost));
            conditions.Add(r.Chance(0.6)
                ? Cond("Ready", "Unknown", "NodeStatusUnknown", msg, hb, lost)
                : Cond("Ready", "False", "KubeletNotReady", "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized", hb, lost));
        }

        if (index is 5 or 10 or 14 || r.Chance(0.05))
        {
            // A condition a problem detector set without a heartbeat: kubectl prints Go's zero time.
            conditions.Add(Cond("CorruptDockerOverlay2", "False", "NoCorruptDockerOverlay2", "docker overlay2 is functioning properly", null, since));
        }

        var addresses = new JsonArray(new JsonObject { ["type"] = "InternalIP", ["address"] = n.InternalIp });
        if (n.InternalIpV6 is not null)
        {
            addresses.Add(new JsonObject { ["type"] = "InternalIP", ["address"] = n.InternalIpV6 });
        }

        if (style is "eks" or "gke" && r.Chance(0.5))
        {
            addresses.Add(new JsonObject { ["type"] = "ExternalIP", ["address"] = "203.0.113." + r.Int(1, 254).ToString(CultureInfo.InvariantCulture) });
        }

        if (style == "eks")
        {
            addresses.Add(new JsonObject { ["type"] = "InternalDNS", ["address"] = n.Name });
        }

        addresses.Add(new JsonObject { ["type"] = "Hostname", ["address"] = n.Name });

        string kubelet = style switch
        {
            "eks" => r.Pick("v1.30.4-eks-a737599", "v1.31.2-eks-7f9249a"),
            "gke" => "v1.29.6-gke.1326000",
            "aks" => "v1.28.9",
            "kind" => "v1.32.2",
            _ => r.Pick("v1.31.1", "v1.27.16", "v1.32.0"),
        };
        var nodeInfo = new JsonObject
        {
            ["machineID"] = r.Hex(32),
            ["systemUUID"] = style == "eks" ? "ec2" + r.Hex(5) + "-" + r.Hex(4) + "-" + r.Hex(4) + "-" + r.Hex(4) + "-" + r.Hex(12) : r.Uid().ToUpperInvariant(),
            ["bootID"] = r.Uid(),
            ["kernelVersion"] = style switch
            {
                "eks" => "5.10.223-212.873.amzn2.x86_64",
                "gke" => "6.1.85+",
                "aks" => "5.15.0-1068-azure",
                _ => r.Pick("6.8.0-45-generic", "5.15.0-1051-aws", "6.1.0-18-cloud-amd64"),
            },
            ["osImage"] = style switch
            {
                "eks" => r.Pick("Amazon Linux 2", "Bottlerocket OS 1.20.3 (aws-k8s-1.30)"),
                "gke" => "Container-Optimized OS from Google",
                "aks" => "Ubuntu 22.04.4 LTS",
                "kind" => "Debian GNU/Linux 12 (bookworm)",
                _ => r.Pick("Ubuntu 24.04.1 LTS", "Red Hat Enterprise Linux CoreOS 417.94.202409121747-0", "Talos (v1.8.0)"),
            },
            ["containerRuntimeVersion"] = n.Runtime switch
            {
                "docker" => "docker://24.0.7",
                "cri-o" => "cri-o://1.29.1",
                _ => r.Pick("containerd://1.7.11", "containerd://1.7.22-1", "containerd://2.0.0"),
            },
            ["kubeletVersion"] = kubelet,
            // Kubelets from 1.31 on leave kubeProxyVersion empty.
            ["kubeProxyVersion"] = string.CompareOrdinal(kubelet, "v1.31") >= 0 ? string.Empty : kubelet,
            ["operatingSystem"] = "linux",
            ["architecture"] = arch,
        };

        var status = new JsonObject
        {
            ["capacity"] = capacity,
            ["allocatable"] = allocatable,
            ["conditions"] = conditions,
            ["addresses"] = addresses,
            ["daemonEndpoints"] = new JsonObject { ["kubeletEndpoint"] = new JsonObject { ["Port"] = 10250 } },
            ["nodeInfo"] = nodeInfo,
        };
        if (r.Chance(0.3))
        {
            string vol = "kubernetes.io/csi/ebs.csi.aws.com^vol-0" + r.Hex(16);
            status["volumesInUse"] = Json.Strings([vol]);
            status["volumesAttached"] = new JsonArray(new JsonObject { ["name"] = vol, ["devicePath"] = string.Empty });
        }

        return new JsonObject
        {
            ["kind"] = "Node",
            ["apiVersion"] = "v1",
            ["metadata"] = new JsonObject
            {
                ["name"] = n.Name,
                ["uid"] = n.Uid,
                ["resourceVersion"] = r.Long(1000, 999_999_999).ToString(CultureInfo.InvariantCulture),
                ["creationTimestamp"] = Json.Time(n.Created),
                ["labels"] = Json.Map(labels),
                ["annotations"] = Json.Map(annotations),
            },
            ["spec"] = spec,
            ["status"] = status,
        };
    }

    private void NodeEvents(Rng r, NodeModel n, int index)
    {
        var ev = new EventFactory(r, _now);
        var byName = new InvolvedObject("Node", string.Empty, n.Name, n.Name, "v1");
        var byUid = new InvolvedObject("Node", string.Empty, n.Name, n.Uid, "v1");
        int mode = index is 4 or 8 or 12 ? 2 : r.Weighted<int>([(0, 0.3), (1, 0.4), (2, 0.3)]);
        if (mode == 0)
        {
            return;
        }

        var boot = _now.AddSeconds(-r.Int(120, 3000));
        void K(string type, string reason, string msg, DateTimeOffset first, DateTimeOffset last, int count) =>
            n.Events.Add(ev.Classic(byName, type, reason, msg, "kubelet", n.Name, first, last, count));

        if (mode == 2)
        {
            n.Events.Add(ev.Classic(byName, "Normal", "Starting", string.Empty, "kube-proxy", null, boot.AddSeconds(20), boot.AddSeconds(20), 1));
            K("Normal", "Starting", "Starting kubelet.", boot, boot, 1);
            K("Warning", "InvalidDiskCapacity", "invalid capacity 0 on image filesystem", boot, boot, 1);
            K("Normal", "NodeHasSufficientMemory", "Node " + n.Name + " status is now: NodeHasSufficientMemory", boot, boot.AddSeconds(1), r.Int(1, 8));
            K("Normal", "NodeHasNoDiskPressure", "Node " + n.Name + " status is now: NodeHasNoDiskPressure", boot, boot.AddSeconds(1), r.Int(1, 8));
            K("Normal", "NodeHasSufficientPID", "Node " + n.Name + " status is now: NodeHasSufficientPID", boot, boot.AddSeconds(1), r.Int(1, 8));
            K("Normal", "NodeAllocatableEnforced", "Updated Node Allocatable limit across pods", boot.AddSeconds(1), boot.AddSeconds(1), 1);
            if (r.Chance(0.5))
            {
                K("Warning", "Rebooted", "Node " + n.Name + " has been rebooted, boot id: " + r.Uid(), boot.AddSeconds(2), boot.AddSeconds(2), 1);
            }

            if (n.Ready)
            {
                K("Normal", "NodeReady", "Node " + n.Name + " status is now: NodeReady", boot.AddSeconds(15), boot.AddSeconds(15), 1);
            }

            n.Events.Add(ev.Modern(byUid, "Normal", "RegisteredNode", "Node " + n.Name + " event: Registered Node " + n.Name + " in Controller", "node-controller", "node-controller", "", boot.AddSeconds(30), null, 0));
        }

        if (!n.Ready)
        {
            n.Events.Add(ev.Classic(byUid, "Normal", "NodeNotReady", "Node " + n.Name + " status is now: NodeNotReady", "node-controller", null, _now.AddSeconds(-r.Int(300, 5000)), _now.AddSeconds(-r.Int(1, 290)), r.Int(1, 4)));
        }

        // A few more, each of a different kind (the event recorder aggregates repeats into one with a count).
        foreach (int kind in r.Sample(Enumerable.Range(0, 8).ToList(), r.Int(0, 5)))
        {
            var t1 = _now.AddSeconds(-r.Int(600, 80000));
            var t2 = _now.AddSeconds(-r.Int(1, 590));
            switch (kind)
            {
                case 0:
                    n.Events.Add(ev.Classic(byName, "Warning", "OOMKilling", "Memory cgroup out of memory: Killed process " + r.Int(1000, 99999).ToString(CultureInfo.InvariantCulture) + " (java) total-vm:8373868kB, anon-rss:2097152kB, file-rss:23456kB, shmem-rss:0kB, UID:1000 pgtables:4660kB oom_score_adj:936", "kernel-monitor", n.Name, t1, t2, r.Int(1, 40)));
                    break;
                case 1:
                    K("Warning", "SystemOOM", "System OOM encountered, victim process: java, pid: " + r.Int(1000, 99999).ToString(CultureInfo.InvariantCulture), t1, t2, r.Int(1, 20));
                    break;
                case 2:
                    K("Warning", "EvictionThresholdMet", "Attempting to reclaim " + r.Pick("memory", "ephemeral-storage", "nodefs"), t1, t2, r.Int(1, 300));
                    break;
                case 3:
                    K("Warning", "FreeDiskSpaceFailed", "Failed to garbage collect required amount of images. Attempted to free 4561276518 bytes, but only found 0 bytes eligible to free.", t1, t2, r.Int(1, 100));
                    break;
                case 4:
                    K("Normal", "NodeNotSchedulable", "Node " + n.Name + " status is now: NodeNotSchedulable", t1, t1, 1);
                    break;
                case 5:
                    K("Warning", "ContainerGCFailed", "rpc error: code = DeadlineExceeded desc = context deadline exceeded", t1, t2, r.Int(1, 50));
                    break;
                case 6:
                    n.Events.Add(ev.Modern(byUid, "Normal", "RemovingNode", "Node " + n.Name + " event: Removing Node " + n.Name + " from Controller", "node-controller", "node-controller", "", t1, null, 0));
                    break;
                default:
                    K("Warning", "ImageGCFailed", "failed to get imageFs info: non-existent label \"docker-images\"", t1, t2, r.Int(1, 500));
                    break;
            }
        }
    }
}
