docker images --format '{{.Nope}}'
docker pull -q nginx
docker pull -q alpine:3.7
docker images --format '{{.Repository}}:{{.Tag}}'
docker images --format '{{.Repository}} {{.Tag}} {{.ID}} {{.Size}}'
docker images --format 'table {{.Repository}}\t{{.Tag}}\t{{.Size}}'
docker images --format 'table {{.Repository}}:{{.Tag}}'
docker images --format '{{.ID}}'
docker images --format '{{json .}}'
docker images --format json
docker images --format '{{.CreatedSince}}'
docker images --format '{{.Digest}}'
docker images --format '{{.Repository}}' nginx
docker images --format table
docker images --format '{{.Nope}}'
docker images --format '{{.Repository'
