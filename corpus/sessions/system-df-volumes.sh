# system df counts volumes (in use while any container refers to one) and container layers
# (reclaimable once the container is not running); ps -s shows the same layer sizes.
docker volume create dfv1
docker volume create dfv2
docker run --rm -v dfv1:/d busybox sh -c 'echo hello > /d/f'
docker system df
docker create --name dfc -v dfv2:/d busybox sh -c 'echo 12345678 > /big'
docker system df
docker start -a dfc
docker system df
docker ps -a -s --format '{{.Names}} {{.Size}}'
docker inspect -s -f '{{.SizeRw}}' dfc
docker run -d --name dfr -v dfv1:/d busybox sh -c 'echo abc > /x; sleep 60'
docker exec dfr true
docker system df
docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}} {{.Size}} {{.Reclaimable}}'
docker pause dfr
docker system df --format '{{.Type}} {{.Active}} {{.Reclaimable}}'
docker rm -f dfr dfc
docker system df
docker volume rm dfv1 dfv2
docker system df
