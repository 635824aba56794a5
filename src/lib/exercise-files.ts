/** Where an exercise's downloadable files are published (site-relative). */
export function exerciseFilePath(exerciseId: string, file: string): string {
	return `exercises/${exerciseId}/files/${file}`;
}
