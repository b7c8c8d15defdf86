# Digests differ from one lab machine to another, so the session reads it back.
docker pull busybox
docker images --digests
digest=$(docker image inspect --format '{{index .RepoDigests 0}}' busybox | cut -d@ -f2)
docker rmi busybox
docker pull busybox@$digest
docker images
docker images --digests
docker pull busybox
docker images --digests
