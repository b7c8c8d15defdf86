# -a pulls every tag of the repository (alpine first: one new layer per tag).
docker pull -q alpine
docker pull -a nginx
docker images
docker pull --all-tags alpine:3.7
docker pull -a -q nginx
