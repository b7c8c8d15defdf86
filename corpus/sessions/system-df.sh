docker system df
docker pull -q nginx
docker pull -q nginx:stable
docker system df
docker create --name c1 nginx
docker system df
docker system df --format '{{.Type}}: {{.TotalCount}} total, {{.Active}} active, {{.Size}}, {{.Reclaimable}}'
docker system df --format 'table {{.Type}}\t{{.Size}}'
docker rm c1
