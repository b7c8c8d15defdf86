# container prune asks first; a closed standard input answers no.
docker pull -q busybox
docker create --name c1 busybox
docker run --name c2 busybox true
docker run -d --name keep busybox sleep 300
docker container prune
docker ps -a --format '{{.Names}}' | sort
docker container prune -f | grep -c -E '^[0-9a-f]{64}$'
docker ps -a --format '{{.Names}}'
docker rm -f keep
