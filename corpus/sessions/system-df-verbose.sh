# system df -v lists what system df totals: images with their shared and unique sizes and the containers using
# them, containers with their layer size and local volumes, volumes with links and sizes, and the build cache.
docker system df -v
docker pull -q busybox
docker pull -q alpine
docker volume create dfv-spare
docker run --name dfv-keeper -v dfv-data:/data busybox sh -c 'echo hello > /data/greeting; echo 12345678 > /big'
docker system df -v
docker system df --verbose --format '{{len .Images}} {{len .Containers}} {{len .Volumes}} {{len .BuildCache}}'
docker system df -v --format '{{range .Images}}{{.Repository}}:{{.Tag}} {{.Containers}} {{.Size}} {{.SharedSize}} {{.UniqueSize}}{{println}}{{end}}'
docker system df -v --format '{{range .Containers}}{{.Names}} {{.Size}} {{.LocalVolumes}} {{.Image}} {{.Command}} {{.State}}{{println}}{{end}}'
docker system df -v --format '{{range .Volumes}}{{.Name}} {{.Links}} {{.Size}} {{.Driver}}{{println}}{{end}}' | sort
# the CLI turns the two characters \n into a newline before parsing, which cuts the quoted string
docker system df -v --format '{{range .Volumes}}{{.Name}}{{"\n"}}{{end}}'
docker system df -v --format '{{.Nope}}'
docker system df -v --format 'table {{len .Images}}'
docker system df -v --format json | head -c 80
# a committed image shares busybox's layer: both show it as shared size; a second tag names no second row
docker commit dfv-keeper dfv-committed:v1
docker tag busybox dfv-alias:latest
docker system df -v
docker system df
docker rmi -f dfv-committed:v1 dfv-alias | grep -c Untagged
docker rm dfv-keeper
docker volume rm dfv-spare
docker system df -v
docker system df -v --format raw
docker volume rm dfv-data
