# docker update: restart policy and limits of existing containers, reflected in inspect; names printed as given,
# the daemon's errors together at the end. (-m is left out: on the lab engine's cgroup setup Engine 20.10 refuses
# any memory limit on a container created without one, "Memory limit should be smaller than already set memoryswap
# limit"; today's engines on cgroup v2 accept it.)
docker run -d --name h15-u busybox sleep 300 >/dev/null
docker update h15-u
docker update --cpus 1.5 --cpu-shares 512 --pids-limit 100 --restart on-failure:3 h15-u nope h15-u
docker inspect -f '{{.HostConfig.NanoCpus}} {{.HostConfig.CpuShares}} {{.HostConfig.PidsLimit}} {{.HostConfig.RestartPolicy.Name}} {{.HostConfig.RestartPolicy.MaximumRetryCount}}' h15-u
docker update --restart always h15-u
docker inspect -f '{{.HostConfig.RestartPolicy.Name}} {{.HostConfig.NanoCpus}}' h15-u
# Engine 20.10 says "maximum retry count cannot be used with restart policy 'unless-stopped'"; moby 25+ (and the
# simulator) "invalid restart policy: maximum retry count can only be used with 'on-failure'" (CorpusMask).
docker update --restart unless-stopped:2 h15-u
docker update --cpus 100 h15-u
docker update -m 1k h15-u
docker update --cpus 0.5 nope
docker run -d --rm --name h15-r busybox sleep 300 >/dev/null
docker update --restart always h15-r
docker update --restart no h15-r
docker rm -f h15-u h15-r >/dev/null
